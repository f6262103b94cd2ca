# exceptions collected by gather(return_exceptions=True) count as retrieved and are not reported
import asyncio


async def fail(n):
    await asyncio.sleep(n)
    raise KeyError(n)


async def main():
    results = await asyncio.gather(fail(1), fail(2), return_exceptions=True)
    print('gathered', [repr(r) for r in results])
    print('main returns; stderr stays empty')


asyncio.run(main())
