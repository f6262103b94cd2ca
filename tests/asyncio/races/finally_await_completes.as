# after a cancel, a finally block may await to the end; the task is cancelled only afterwards
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    finally:
        print('cleanup starts at', asyncio.get_running_loop().time())
        await asyncio.sleep(2)
        print('cleanup ends at', asyncio.get_running_loop().time())


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(1)
    task.cancel()
    await asyncio.sleep(1)
    print('mid-cleanup: done', task.done(), 'cancelling', task.cancelling())
    try:
        await task
    except asyncio.CancelledError:
        print('cancelled at', asyncio.get_running_loop().time())


asyncio.run(main())
