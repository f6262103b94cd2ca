# Awaitables from as_completed() may be awaited concurrently (here through
# gather); they are served first come, first served.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in
             (('x', 0.3), ('y', 0.1), ('z', 0.2))]
    print(await asyncio.gather(*asyncio.as_completed(tasks)))


asyncio.run(main())
