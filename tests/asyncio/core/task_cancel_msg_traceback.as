# a cancel message shows in the final traceback line when cancellation escapes asyncio.run
import asyncio


async def canceller(target):
    print('cancelling main')
    target.cancel('main was told to stop')


async def main():
    asyncio.create_task(canceller(asyncio.current_task()))
    print('main waits')
    await asyncio.sleep(10)
    print('never printed')


asyncio.run(main())
