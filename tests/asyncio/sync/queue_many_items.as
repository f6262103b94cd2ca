# Order holds with many items: FIFO through long runs of puts and gets,
# LIFO, and priority order over pseudo-random numbers.
import asyncio


def checksum(text):
    total = 0
    for i, c in enumerate(text):
        total = (total * 31 + ord(c) * (i + 1)) % 1000000007
    return total


def pseudo_random(n, seed=12345):
    values = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        values.append(seed % 1000)
    return values


async def main():
    q = asyncio.Queue()
    expected = 0
    next_item = 0
    ok = True
    for burst in (1, 700, 3, 250, 1000, 2, 64):
        for _ in range(burst):
            q.put_nowait(next_item)
            next_item += 1
        for _ in range(burst // 2 + 1):
            if q.empty():
                break
            ok = ok and q.get_nowait() == expected
            expected += 1
        print(f'after a burst of {burst}: qsize={q.qsize()} in order: {ok}')
    while not q.empty():
        ok = ok and await q.get() == expected
        expected += 1
    print('FIFO drained', expected, 'items in order:', ok, str(q)[:40])

    lifo = asyncio.LifoQueue()
    for i in range(500):
        lifo.put_nowait(i)
    print('LIFO:', [lifo.get_nowait() for _ in range(5)], lifo.qsize())

    pq = asyncio.PriorityQueue()
    values = pseudo_random(600)
    for v in values[:300]:
        pq.put_nowait(v)
    print('heap head:', str(pq)[:120])
    got = [pq.get_nowait() for _ in range(100)]
    for v in values[300:]:
        pq.put_nowait(v)
    print('heap layout checksum:', checksum(str(pq)))
    while not pq.empty():
        got.append(pq.get_nowait())
    print('first 100 sorted:', got[:100] == sorted(values[:300])[:100])
    print('rest sorted:', got[100:] == sorted(got[100:]), len(got))


asyncio.run(main())
