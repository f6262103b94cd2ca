# await sleep(0) gives every other ready task exactly one turn
import asyncio


async def worker(name, steps):
    for i in range(steps):
        print(name, 'step', i)
        await asyncio.sleep(0)


async def main():
    tasks = [asyncio.create_task(worker(n, 3)) for n in 'ABC']
    for i in range(4):
        print('main turn', i)
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)


asyncio.run(main())
