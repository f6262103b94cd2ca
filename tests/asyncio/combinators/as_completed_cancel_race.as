# The task iterating as_completed() is cancelled 0, 1, 2 and 3 loop
# iterations after it started; the watched tasks keep running.
import asyncio


async def job(name, steps):
    for i in range(steps):
        await asyncio.sleep(0)
    print('  ', name, 'done')
    return name


async def consumer(tasks):
    try:
        for aw in asyncio.as_completed(tasks):
            print('  consumer got', await aw)
    except asyncio.CancelledError:
        print('  consumer cancelled')
        raise


async def main():
    for k in range(5):
        print('cancel after', k, 'iterations')
        tasks = [asyncio.create_task(job('a', 1)),
                 asyncio.create_task(job('b', 3))]
        t = asyncio.create_task(consumer(tasks))
        for _ in range(k):
            await asyncio.sleep(0)
        print('  cancel() ->', t.cancel())
        try:
            await t
        except asyncio.CancelledError:
            print('  task cancelled')
        print('  results', await asyncio.gather(*tasks))


asyncio.run(main())
