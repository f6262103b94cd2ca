# loop.time() starts at 0.0 under the virtual clock and advances only by waiting
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print('start', loop.time())
    await asyncio.sleep(0)
    print('after sleep(0)', loop.time())
    await asyncio.sleep(1.5)
    print('after sleep(1.5)', loop.time())
    await asyncio.sleep(0.25)
    print('after sleep(0.25)', loop.time())


asyncio.run(main())
