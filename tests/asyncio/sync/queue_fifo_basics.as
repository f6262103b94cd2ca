# A Queue returns items first in, first out, and reports its size.
import asyncio


async def main():
    q = asyncio.Queue()
    print(str(q), q.qsize(), q.empty(), q.full(), q.maxsize)
    for item in ('x', 'y', 'z'):
        await q.put(item)
    print(str(q), q.qsize(), q.empty(), q.full())
    print(repr(q).startswith('<Queue at 0x'), repr(q).endswith(" maxsize=0 _queue=['x', 'y', 'z'] tasks=3>"))
    print(await q.get(), q.get_nowait())
    print(str(q))
    q.put_nowait([1, 2])
    print(str(q))
    print(await q.get(), await q.get(), q.empty())
    bounded = asyncio.Queue(2)
    bounded.put_nowait(None)
    bounded.put_nowait(0)
    print(str(bounded), bounded.full(), bounded.maxsize)
    unbounded = asyncio.Queue(-1)
    print(str(unbounded), unbounded.full())


asyncio.run(main())
