# a task blocked on a timer is cancelled at once, however many loop turns pass before the cancel
import asyncio


async def sleeper():
    loop = asyncio.get_running_loop()
    print('sleeper starts at', loop.time())
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print('sleeper cancelled at', loop.time())
        raise


async def main():
    task = asyncio.create_task(sleeper())
    for turn in range(3):
        await asyncio.sleep(0)
        print('main turn', turn, 'sleeper done', task.done())
    task.cancel()
    print('cancel called, done', task.done())
    await asyncio.sleep(0)
    print('one turn later, cancelled', task.cancelled())


asyncio.run(main())
