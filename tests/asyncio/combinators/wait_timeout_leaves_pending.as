# wait(timeout=...) returns what is unfinished as pending: no
# TimeoutError, and nothing is cancelled.
import asyncio


async def job(delay):
    await asyncio.sleep(delay)
    return delay


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job(d), name='job%s' % d) for d in (1, 5)]
    done, pending = await asyncio.wait(tasks, timeout=2)
    print('done', names(done), 'pending', names(pending), loop.time())
    print('cancelled?', [t.cancelled() for t in tasks])
    done, pending = await asyncio.wait(tasks, timeout=10)
    print('done', names(done), 'pending', names(pending), loop.time())


asyncio.run(main())
