# sleeping tasks wake in deadline order, ties in the order they went to sleep
import asyncio


async def sleeper(name, delay):
    await asyncio.sleep(delay)
    print(name, 'woke at', asyncio.get_running_loop().time())


async def main():
    await asyncio.gather(sleeper('slow', 3), sleeper('tie-1', 1),
                         sleeper('fast', 0.5), sleeper('tie-2', 1))


asyncio.run(main())
