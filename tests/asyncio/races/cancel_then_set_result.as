# once a waiting task is cancelled its future is cancelled, so a late set_result fails
import asyncio


async def waiter(fut):
    await fut


async def main():
    fut = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    task.cancel()
    try:
        fut.set_result('too late')
    except asyncio.InvalidStateError as e:
        print('set_result failed:', e)
    await asyncio.sleep(0)
    print('task cancelled', task.cancelled())


asyncio.run(main())
