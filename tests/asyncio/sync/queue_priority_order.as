# A PriorityQueue returns its smallest item first; its repr shows the heap.
import asyncio


async def main():
    q = asyncio.PriorityQueue()
    for item in [(5, 'e'), (1, 'a'), (4, 'd'), (2, 'b'), (3, 'c'), (1, 'A')]:
        q.put_nowait(item)
        print('put', item, '->', str(q))
    while not q.empty():
        print('get', await q.get(), '->', str(q))
    q.put_nowait((1, {'x': 1}))
    try:
        q.put_nowait((1, {'y': 2}))
    except TypeError as e:
        print('TypeError:', e)
    print('the item is in the queue all the same:', str(q))


asyncio.run(main())
