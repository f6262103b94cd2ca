# real-time
# cancelling a task in a long real sleep wakes it at once
import asyncio


async def sleeper():
    try:
        await asyncio.sleep(30)
    finally:
        print('sleeper woke')


async def main():
    task = asyncio.create_task(sleeper())
    await asyncio.sleep(0.02)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('cancelled', task.cancelled())


asyncio.run(main())
