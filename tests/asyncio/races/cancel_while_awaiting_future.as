# cancelling a task that awaits a future cancels that future too, with the same message
import asyncio


async def waiter(fut):
    try:
        await fut
    except asyncio.CancelledError as e:
        print('waiter got CancelledError', e.args)
        raise


async def main():
    fut = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    task.cancel('go home')
    print('future cancelled right away', fut.cancelled())
    try:
        fut.result()
    except asyncio.CancelledError as e:
        print('future carries', e.args)
    await asyncio.sleep(0)
    print('task cancelled', task.cancelled())


asyncio.run(main())
