# as_completed(): an empty list yields nothing, coroutines are wrapped in
# tasks, duplicates count once, a single future is a TypeError.
import asyncio


async def job(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    print(list(asyncio.as_completed([])))
    t = asyncio.create_task(job(0.2))
    results = []
    for aw in asyncio.as_completed([t, t, job(0.1)]):
        results.append(await aw)
    print(results)
    try:
        for aw in asyncio.as_completed(t):
            pass
    except TypeError as e:
        print('TypeError:', e)


asyncio.run(main())
