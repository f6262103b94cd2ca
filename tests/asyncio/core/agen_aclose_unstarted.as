# aclose() on a generator that never started runs none of its body
import asyncio


async def gen():
    print('body runs')
    try:
        yield 1
    finally:
        print('finally runs')


async def main():
    g = gen()
    await g.aclose()
    print('closed without running')
    async for x in g:
        print('never', x)
    print('iteration ended at once')


asyncio.run(main())
