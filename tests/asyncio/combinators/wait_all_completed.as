# wait() with the default ALL_COMPLETED returns when every future is done,
# failures included; it raises nothing itself.  Even futures that are
# already done go through the loop, so other tasks get a turn.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    print(name, 'done')
    if fail:
        raise ValueError(name)
    return name


async def ticker(n):
    for i in range(n):
        print('tick', i)
        await asyncio.sleep(0)


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    tasks = [asyncio.create_task(job(n, d, n == 'b'), name=n)
             for n, d in (('a', 0.3), ('b', 0.1), ('c', 0.2))]
    done, pending = await asyncio.wait(tasks)
    print('done', names(done), 'pending', names(pending))
    print('time', asyncio.get_running_loop().time())
    for t in tasks:
        print(t.get_name(), repr(t.exception()))
    ticks = asyncio.create_task(ticker(4))
    print('wait on finished tasks')
    done, pending = await asyncio.wait(tasks)
    print('returned', len(done), len(pending))
    await ticks


asyncio.run(main())
