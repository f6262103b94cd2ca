# with return_exceptions=True a cancelled child shows up as a CancelledError in the results
import asyncio


async def child(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    a = asyncio.create_task(child(1))
    b = asyncio.create_task(child(2))
    asyncio.get_running_loop().call_later(0.5, b.cancel)
    results = await asyncio.gather(a, b, return_exceptions=True)
    print([type(r).__name__ for r in results], results[0])
    print('at', asyncio.get_running_loop().time(), 'main cancelling', asyncio.current_task().cancelling())


asyncio.run(main())
