# Task.cancel returns True while pending and each call bumps cancelling()
import asyncio


async def sleeper():
    await asyncio.sleep(10)


async def main():
    task = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print('cancelling', task.cancelling())
    print('cancel ->', task.cancel())
    print('cancelling', task.cancelling())
    print('cancel ->', task.cancel())
    print('cancelling', task.cancelling())
    print('done yet', task.done())
    try:
        await task
    except asyncio.CancelledError:
        print('cancelled', task.cancelled(), 'cancelling', task.cancelling())


asyncio.run(main())
