# anext(iterator, default): the default at the end instead of
# StopAsyncIteration; other exceptions pass through; argument errors.
import asyncio

async def agen():
    yield 1
    yield 2

async def main():
    it = agen()
    print(await anext(it), await anext(it, 'd'), await anext(it, 'done'), await anext(it, None))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    try:
        anext(5, 1)
    except TypeError as e:
        print(e)
    try:
        anext()
    except TypeError as e:
        print(e)
    try:
        anext(it, 1, 2)
    except TypeError as e:
        print(e)
    async def failing():
        raise ValueError("boom")
        yield
    try:
        await anext(failing(), 0)
    except ValueError as e:
        print("ValueError", e)

asyncio.run(main())
