# cancelling a task that awaits gather cancels every unfinished child
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, 'finished at', asyncio.get_running_loop().time())
    except asyncio.CancelledError:
        print(name, 'cancelled at', asyncio.get_running_loop().time())
        raise


async def parent():
    await asyncio.gather(child('fast', 1), child('slow', 5), child('slower', 9))


async def main():
    task = asyncio.create_task(parent())
    await asyncio.sleep(2)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('parent cancelled', task.cancelled())


asyncio.run(main())
