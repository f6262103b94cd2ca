# two tasks awaiting one future resume in the order they started waiting
import asyncio


async def waiter(name, fut):
    print(name, 'waits')
    value = await fut
    print(name, 'woke with', value)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    a = asyncio.create_task(waiter('A', fut))
    b = asyncio.create_task(waiter('B', fut))
    await asyncio.sleep(0)
    fut.set_result('go')
    print('result set')
    await asyncio.gather(a, b)


asyncio.run(main())
