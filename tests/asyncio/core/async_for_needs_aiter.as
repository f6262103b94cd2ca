# async for over a plain list raises TypeError about __aiter__
import asyncio


async def main():
    try:
        async for x in [1, 2]:
            print(x)
    except TypeError as e:
        print('TypeError:', e)


asyncio.run(main())
