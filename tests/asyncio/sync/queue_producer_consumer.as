# Producers block on a full bounded queue and consumers on an empty one;
# the interleaving follows arrival order.
import asyncio


def now():
    return asyncio.get_running_loop().time()


async def producer(name, q, n):
    for i in range(n):
        item = f'{name}{i}'
        await q.put(item)
        print(f'{now():.1f} {name} put {item} ({q.qsize()} queued)')


async def consumer(name, q):
    while True:
        item = await q.get()
        print(f'{now():.1f} {name} got {item}')
        await asyncio.sleep(0.3)
        q.task_done()


async def main():
    q = asyncio.Queue(2)
    consumers = [asyncio.create_task(consumer(n, q)) for n in ('c1', 'c2')]
    await asyncio.gather(producer('p', q, 4), producer('q', q, 3))
    await q.join()
    print(f'{now():.1f} all processed')
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)


asyncio.run(main())
