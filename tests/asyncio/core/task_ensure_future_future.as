# ensure_future returns a Future or Task unchanged
import asyncio


async def job():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    task = asyncio.create_task(job())
    print('future unchanged', asyncio.ensure_future(fut) is fut)
    print('task unchanged', asyncio.ensure_future(task) is task)
    fut.set_result(None)
    await task


asyncio.run(main())
