# wait(return_when=FIRST_COMPLETED) returns as soon as one future is done,
# and leaves the others running.
import asyncio


async def job(delay):
    await asyncio.sleep(delay)
    return delay


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    tasks = [asyncio.create_task(job(d), name='job%s' % d) for d in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks,
                                       return_when=asyncio.FIRST_COMPLETED)
    print('done', names(done), 'pending', names(pending))
    print('time', asyncio.get_running_loop().time())
    done, pending = await asyncio.wait(pending,
                                       return_when=asyncio.FIRST_COMPLETED)
    print('done', names(done), 'pending', names(pending))
    await asyncio.wait(pending)
    print([t.result() for t in tasks])
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION,
          asyncio.ALL_COMPLETED)


asyncio.run(main())
