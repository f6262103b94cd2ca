# A Semaphore lets `value` tasks in at once; the others enter in the order
# they arrived, as slots are released.
import asyncio


async def worker(name, sem, hold):
    async with sem:
        print(f'{name} in at {asyncio.get_running_loop().time()}, {sem!r}')
        await asyncio.sleep(hold)
    print(f'{name} out')


async def main():
    sem = asyncio.Semaphore(2)
    print(repr(sem), sem.locked())
    jobs = (('a', 0.3), ('b', 0.1), ('c', 0.2), ('d', 0.1), ('e', 0.1))
    tasks = [asyncio.create_task(worker(n, sem, h)) for n, h in jobs]
    await asyncio.sleep(0)
    print(repr(sem), sem.locked())
    await asyncio.gather(*tasks)
    print(repr(sem), sem.locked())


asyncio.run(main())
