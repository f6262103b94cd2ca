# a cancel arriving 2 loop iterations after a task starts stops the task at its next await
import asyncio


async def worker():
    try:
        for step in range(6):
            print('worker step', step)
            await asyncio.sleep(0)
        print('worker finished all steps')
    except asyncio.CancelledError:
        print('worker cancelled after step', step)
        raise


async def canceller(target):
    for turn in range(2):
        print('canceller turn', turn)
        await asyncio.sleep(0)
    print('canceller cancels ->', target.cancel())


async def main():
    task = asyncio.create_task(worker())
    await asyncio.create_task(canceller(task))
    try:
        await task
    except asyncio.CancelledError:
        print('main: worker cancelled', task.cancelled())


asyncio.run(main())
