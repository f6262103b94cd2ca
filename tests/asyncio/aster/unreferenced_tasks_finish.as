# tasks nobody keeps a reference to still run to completion: the loop
# holds every pending task (no task vanishes in a garbage collection)
import asyncio

finished = []


async def worker(n):
    junk = []
    for i in range(3):
        await asyncio.sleep(0.1 * n)
        junk.append([str(j) for j in range(200)])
    finished.append(n)


async def main():
    for n in range(20):
        asyncio.create_task(worker(n))
    while len(finished) < 20:
        garbage = [{'k': [i] * 10} for i in range(500)]
        await asyncio.sleep(0.5)
    print(sorted(finished) == list(range(20)), len(asyncio.all_tasks()))


asyncio.run(main())
