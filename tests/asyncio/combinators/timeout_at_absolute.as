# timeout_at() takes an absolute loop time; timeout(0) and a deadline
# already past expire one loop iteration later.
import asyncio


async def ticker(n):
    for i in range(n):
        print('tick', i)
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(1)
    try:
        async with asyncio.timeout_at(loop.time() + 2.25) as cm:
            print(repr(cm))
            await asyncio.sleep(5)
    except TimeoutError:
        print('expired at', loop.time())
    t = asyncio.create_task(ticker(4))
    for deadline in (asyncio.timeout(0), asyncio.timeout_at(loop.time() - 1)):
        try:
            async with deadline:
                print('entered', repr(deadline))
                await asyncio.sleep(0)
                print('after first yield')
                await asyncio.sleep(0)
                print('not reached')
        except TimeoutError:
            print('TimeoutError', repr(deadline))
    await t


asyncio.run(main())
