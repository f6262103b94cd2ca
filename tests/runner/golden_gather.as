# A golden script for `aster test`: tests/runner/golden_gather.out holds
# what CPython printed.
import asyncio


async def tick(name, delay):
    await asyncio.sleep(delay)
    print(name, 'woke at', asyncio.get_running_loop().time())
    return name.upper()


async def main():
    print(await asyncio.gather(tick('b', 2), tick('a', 1)))


asyncio.run(main())
