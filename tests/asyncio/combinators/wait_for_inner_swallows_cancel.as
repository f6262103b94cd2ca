# If the inner work swallows the timeout's cancellation and returns a
# value, wait_for returns that value instead of raising TimeoutError.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('stubborn: ignoring the cancellation')
    return 'stubborn result'


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.wait_for(stubborn(), 1), loop.time())
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    print(await asyncio.wait_for(t, 0), loop.time())


asyncio.run(main())
