# real-time
# short real sleeps interleave tasks exactly as the virtual clock does
import asyncio


async def worker(name, delay, times):
    for i in range(times):
        await asyncio.sleep(delay)
        print(name, i)


async def main():
    await asyncio.gather(worker('a', 0.02, 2), worker('b', 0.1, 1), worker('c', 0, 2))
    print('done')


asyncio.run(main())
