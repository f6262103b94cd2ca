# yielding while aclose() unwinds the generator raises "async generator ignored GeneratorExit"
import asyncio


async def stubborn():
    try:
        yield 1
    finally:
        yield 2


async def main():
    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print('RuntimeError:', e)


asyncio.run(main())
