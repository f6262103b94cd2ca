# async for drives an async generator that awaits between its yields
import asyncio


async def ticks(n):
    for i in range(n):
        await asyncio.sleep(1)
        yield i * i


async def main():
    loop = asyncio.get_running_loop()
    async for value in ticks(3):
        print('got', value, 'at', loop.time())
    print('loop over')


asyncio.run(main())
