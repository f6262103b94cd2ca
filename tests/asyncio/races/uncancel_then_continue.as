# a task that catches a cancel and calls uncancel() is back to a clean state for later timeouts
import asyncio


async def worker():
    me = asyncio.current_task()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('caught, uncancel ->', me.uncancel())
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(5)
    except TimeoutError:
        print('later timeout works at', asyncio.get_running_loop().time())
    return 'ok'


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(1)
    task.cancel()
    print(await task, 'cancelling', task.cancelling())


asyncio.run(main())
