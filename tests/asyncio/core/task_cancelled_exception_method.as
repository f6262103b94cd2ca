# exception() of a cancelled task raises CancelledError instead of returning it
import asyncio


async def sleeper():
    await asyncio.sleep(1)


async def main():
    task = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    task.cancel()
    await asyncio.sleep(0)
    print('cancelled', task.cancelled())
    try:
        task.exception()
    except asyncio.CancelledError:
        print('exception() raised CancelledError')


asyncio.run(main())
