# cancelling a long sleep ends the task at the moment of the cancel, not at the sleep's deadline
import asyncio


async def sleeper():
    await asyncio.sleep(1000)


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(sleeper())
    loop.call_later(2, task.cancel)
    try:
        await task
    except asyncio.CancelledError:
        print('sleeper cancelled at', loop.time())
    await asyncio.sleep(1)
    print('main done at', loop.time())


asyncio.run(main())
