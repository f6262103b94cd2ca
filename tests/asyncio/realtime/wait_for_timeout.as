# real-time
# wait_for gives up after a real timeout and cancels the slow work
import asyncio


async def slow():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print('slow cancelled')
        raise


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        await asyncio.wait_for(slow(), 0.05)
    except TimeoutError:
        print('timed out', 0.04 < loop.time() - start < 1.0)


asyncio.run(main())
