# all_tasks() holds the pending tasks of the running loop, finished ones drop out
import asyncio


async def quick():
    pass


async def slow():
    await asyncio.sleep(5)


def names():
    return sorted(t.get_name() for t in asyncio.all_tasks())


async def main():
    asyncio.create_task(quick(), name='quick')
    s = asyncio.create_task(slow(), name='slow')
    print('before a turn', names())
    await asyncio.sleep(0)
    print('after a turn', names())
    await s
    print('at the end', names())


asyncio.run(main())
