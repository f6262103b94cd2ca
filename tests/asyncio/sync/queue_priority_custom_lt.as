# PriorityQueue compares items with < only; the comparisons it makes show
# the heap at work.
import asyncio


class Job:
    def __init__(self, rank):
        self.rank = rank

    def __lt__(self, other):
        print(f'  {self.rank} < {other.rank}?')
        return self.rank < other.rank

    def __repr__(self):
        return f'Job({self.rank})'


async def main():
    q = asyncio.PriorityQueue()
    for rank in (3, 1, 4, 1, 5, 9, 2, 6):
        print('put', rank)
        await q.put(Job(rank))
    print(str(q))
    while not q.empty():
        print('get ->', q.get_nowait())


asyncio.run(main())
