# An awaitable passed to gather twice is run once; its result appears at
# each position.
import asyncio

runs = 0


async def counted(x):
    global runs
    runs += 1
    print('running', x)
    await asyncio.sleep(0.1)
    return x * 10


async def main():
    c = counted(1)
    t = asyncio.create_task(counted(2))
    results = await asyncio.gather(c, t, c, t, counted(3))
    print(results, 'runs:', runs)
    print(await asyncio.gather(t, t))


asyncio.run(main())
