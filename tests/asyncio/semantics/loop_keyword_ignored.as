# golden: py37
# the loop= keyword of Python 3.7 is accepted and ignored (SEMANTICS.md)
import asyncio


async def work(n):
    await asyncio.sleep(n, loop=asyncio.get_event_loop())
    return n


async def main():
    loop = asyncio.get_event_loop()
    print(await asyncio.gather(work(1), work(2), loop=loop))
    print(await asyncio.wait_for(work(1), 5, loop=loop))
    print(await asyncio.shield(work(1), loop=loop))
    done, pending = await asyncio.wait([asyncio.ensure_future(work(1))], loop=loop)
    print(len(done), len(pending))
    for f in asyncio.as_completed([work(3), work(1)], loop=loop):
        print('completed', await f)


asyncio.get_event_loop().run_until_complete(main())
