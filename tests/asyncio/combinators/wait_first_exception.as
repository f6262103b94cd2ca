# wait(return_when=FIRST_EXCEPTION) returns at the first failure, or when
# all are done if nothing fails; a cancellation does not count as a failure.
import asyncio


async def job(delay, fail):
    await asyncio.sleep(delay)
    if fail:
        raise KeyError(delay)
    return delay


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job(1, False), name='ok1'),
             asyncio.create_task(job(2, True), name='bad2'),
             asyncio.create_task(job(3, False), name='ok3')]
    done, pending = await asyncio.wait(tasks,
                                       return_when=asyncio.FIRST_EXCEPTION)
    print('done', names(done), 'pending', names(pending), loop.time())
    await asyncio.wait(pending)
    c = asyncio.create_task(job(1, False), name='cancelled')
    d = asyncio.create_task(job(2, False), name='ok')
    loop.call_later(0.5, c.cancel)
    done, pending = await asyncio.wait([c, d],
                                       return_when=asyncio.FIRST_EXCEPTION)
    print('done', names(done), 'pending', names(pending), loop.time())
    print(tasks[1].exception())


asyncio.run(main())
