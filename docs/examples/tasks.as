# Two tasks taking turns: run it with --virtual-time and the hour of
# sleeping takes no time at all.
import asyncio


async def ticker(name, every, times):
    for i in range(times):
        await asyncio.sleep(every)
        print(f'{name} tick {i} at {asyncio.get_running_loop().time():.0f}s')
    return f'{name} done'


async def main():
    results = await asyncio.gather(ticker('fast', 600, 4), ticker('slow', 1800, 2))
    print(results)


asyncio.run(main())
