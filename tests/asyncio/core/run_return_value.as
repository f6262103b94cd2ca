# asyncio.run returns the main coroutine's value and can be called again afterwards
import asyncio


async def main(n):
    await asyncio.sleep(n)
    return n * 10


print('first run', asyncio.run(main(1)))
print('second run', asyncio.run(main(2)))
