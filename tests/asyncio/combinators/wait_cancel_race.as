# The task in wait() is cancelled 0, 1, 2 and 3 loop iterations after it
# started: wait() itself never cancels the futures it watches.
import asyncio


async def job(steps):
    for i in range(steps):
        print('  job step', i)
        await asyncio.sleep(0)
    print('  job done')
    return steps


async def waiter(job_task):
    try:
        done, pending = await asyncio.wait([job_task])
        print('  waiter: done', len(done), 'pending', len(pending))
    except asyncio.CancelledError:
        print('  waiter cancelled')
        raise


async def main():
    for k in range(5):
        print('cancel after', k, 'iterations')
        j = asyncio.create_task(job(2))
        t = asyncio.create_task(waiter(j))
        for _ in range(k):
            await asyncio.sleep(0)
        print('  cancel() ->', t.cancel())
        try:
            await t
        except asyncio.CancelledError:
            print('  task cancelled')
        print('  job result', await j)


asyncio.run(main())
