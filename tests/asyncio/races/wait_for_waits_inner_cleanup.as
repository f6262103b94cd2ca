# on timeout wait_for cancels the inner work and waits for its cleanup before raising
import asyncio


async def inner():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('inner cleanup starts at', loop.time())
        await asyncio.sleep(2)
        print('inner cleanup ends at', loop.time())
        raise


async def main():
    try:
        await asyncio.wait_for(inner(), timeout=1)
    except TimeoutError:
        print('TimeoutError at', asyncio.get_running_loop().time())


asyncio.run(main())
