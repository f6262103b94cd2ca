# async comprehensions: async for and await inside list, set, dict and generator forms
import asyncio


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def double(x):
    await asyncio.sleep(1)
    return x * 2


async def main():
    print([x async for x in agen(4) if x % 2 == 0])
    print({x % 2 async for x in agen(5)})
    print({x: x * x async for x in agen(3)})
    print([await double(x) for x in range(3)], asyncio.get_running_loop().time())
    squares = (x * x async for x in agen(3))
    print([y async for y in squares])


asyncio.run(main())
