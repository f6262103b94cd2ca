# a task raising another exception while handling CancelledError finishes with that exception
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise RuntimeError('could not stop cleanly')


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(1)
    task.cancel()
    try:
        await task
    except RuntimeError as e:
        print('awaiting raised', repr(e))
    print('cancelled', task.cancelled())
    print('context is CancelledError', type(task.exception().__context__).__name__)


asyncio.run(main())
