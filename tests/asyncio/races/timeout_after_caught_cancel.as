# a timeout entered while an earlier cancel is still counted compares against that count: TimeoutError
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('caught the cancel, but no uncancel()')
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(5)
    except TimeoutError:
        print('TimeoutError at', asyncio.get_running_loop().time(),
              'cancelling', asyncio.current_task().cancelling())


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(1)
    task.cancel()
    await task
    print('task cancelled', task.cancelled())


asyncio.run(main())
