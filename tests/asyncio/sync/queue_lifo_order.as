# A LifoQueue returns the item put last first.
import asyncio


async def main():
    q = asyncio.LifoQueue(3)
    for item in 'abc':
        await q.put(item)
    print(str(q), q.full())
    print(q.get_nowait(), str(q))
    q.put_nowait('d')
    while not q.empty():
        print('get', await q.get())
    print(str(q))


asyncio.run(main())
