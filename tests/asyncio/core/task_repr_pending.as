# repr of a pending task: not yet started, then suspended on a future (wait_for=)
import asyncio


async def worker(fut):
    await fut


async def main():
    fut = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(worker(fut), name='w')
    print(repr(task))
    await asyncio.sleep(0)
    print(repr(task))
    fut.set_result(None)
    await task


asyncio.run(main())
