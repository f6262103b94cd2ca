# wait_for() on a coroutine that finishes in time runs it inside the
# waiting task: same result, no extra task, no extra loop iteration.
# A timeout of None never expires.
import asyncio


async def ticker(n):
    for i in range(n):
        print('tick', i)
        await asyncio.sleep(0)


async def quick():
    print('quick runs in', asyncio.current_task().get_name())
    await asyncio.sleep(0)
    print('quick returns')
    return 'quick'


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(ticker(5), name='ticker')
    print('tasks before:', len(asyncio.all_tasks()))
    print(await asyncio.wait_for(quick(), timeout=10))
    print('tasks after:', len(asyncio.all_tasks()))
    print(await asyncio.wait_for(asyncio.sleep(0.5, 'slept'), 1))
    print('time', loop.time())
    await t
    print(await asyncio.wait_for(asyncio.sleep(3600, 'an hour later'), None))
    print('time', loop.time())
    t = asyncio.create_task(asyncio.sleep(60, 'task result'))
    print(await asyncio.wait_for(t, timeout=None), loop.time())


asyncio.run(main())
