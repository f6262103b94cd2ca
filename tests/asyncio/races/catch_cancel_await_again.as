# after catching CancelledError a task can keep awaiting; the request count stays recorded
import asyncio


async def worker():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('caught at', loop.time())
    for i in range(2):
        await asyncio.sleep(1)
        print('still working', i, 'at', loop.time(), 'cancelling', asyncio.current_task().cancelling())
    return 'kept going'


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(1)
    task.cancel()
    print(await task)


asyncio.run(main())
