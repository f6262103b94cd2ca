# A cancelled get() or put() leaves its line without taking or adding
# anything; the next item or free slot goes to the next task in line.
import asyncio


async def getter(name, q):
    try:
        print(f'{name} got {await q.get()}')
    except asyncio.CancelledError:
        print(f'{name} cancelled, {q}')
        raise


async def putter(name, q, item):
    try:
        await q.put(item)
        print(f'{name} put {item}')
    except asyncio.CancelledError:
        print(f'{name} cancelled, {q}')
        raise


async def main():
    q = asyncio.Queue()
    getters = [asyncio.create_task(getter(n, q)) for n in 'abc']
    await asyncio.sleep(0)
    print(str(q))
    getters[0].cancel()
    await asyncio.sleep(0)
    await q.put('first')
    await q.put('second')
    print(str(q))
    await asyncio.gather(*getters, return_exceptions=True)
    print(str(q))

    q = asyncio.Queue(1)
    await q.put(0)
    putters = [asyncio.create_task(putter(n, q, i))
               for i, n in enumerate('def', 1)]
    await asyncio.sleep(0)
    print(str(q))
    putters[1].cancel()
    await asyncio.sleep(0)
    for _ in range(3):
        print('got', await q.get(), str(q))
        await asyncio.sleep(0)
    await asyncio.gather(*putters, return_exceptions=True)
    print(str(q))


asyncio.run(main())
