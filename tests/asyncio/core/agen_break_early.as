# breaking out of async for leaves the generator suspended; aclose() then runs its finally
import asyncio


async def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print('numbers finally')


async def main():
    gen = numbers()
    async for n in gen:
        print('n =', n)
        if n == 2:
            break
    print('after break')
    await gen.aclose()
    print('after aclose')


asyncio.run(main())
