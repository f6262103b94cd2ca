# a failed task dropped without its exception being retrieved is reported on stderr
import asyncio


async def fail():
    await asyncio.sleep(1)
    raise ZeroDivisionError('nobody looked at this')


async def main():
    asyncio.create_task(fail())
    print('main dropped the task')
    await asyncio.sleep(2)
    print('main returns at', asyncio.get_running_loop().time())


asyncio.run(main())
