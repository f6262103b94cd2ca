# A body that swallows the timeout's cancellation finishes normally: no
# TimeoutError, but the timeout reports that it expired.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(1) as cm:
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print('swallowed at', loop.time())
        await asyncio.sleep(1)
        print('body goes on at', loop.time())
    print(repr(cm), cm.expired())
    print('cancelling:', asyncio.current_task().cancelling())


asyncio.run(main())
