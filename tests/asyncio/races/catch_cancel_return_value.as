# a task that catches CancelledError and returns normally is finished, not cancelled
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('worker caught the cancellation')
        return 'partial result'
    return 'full result'


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(1)
    task.cancel()
    result = await task
    print('result', result)
    print('cancelled', task.cancelled(), 'cancelling', task.cancelling())


asyncio.run(main())
