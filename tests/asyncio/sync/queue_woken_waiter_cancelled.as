# put_nowait() wakes the first blocked getter and get_nowait() the first
# blocked putter; a woken task cancelled before it runs passes the wake-up
# to the next one in line, so no item or free slot is lost.
import asyncio


async def getter(name, q):
    try:
        print(f'{name} got {await q.get()}')
    except asyncio.CancelledError:
        print(f'{name} cancelled, {q}')
        raise


async def putter(name, q):
    try:
        await q.put(name)
        print(f'{name} put')
    except asyncio.CancelledError:
        print(f'{name} cancelled, {q}')
        raise


async def main():
    q = asyncio.Queue()
    a = asyncio.create_task(getter('a', q))
    b = asyncio.create_task(getter('b', q))
    await asyncio.sleep(0)
    q.put_nowait('item')
    print('put:', str(q))
    a.cancel()
    await asyncio.gather(a, b, return_exceptions=True)
    print(str(q), a.cancelled())

    q = asyncio.Queue(1)
    q.put_nowait('first')
    c = asyncio.create_task(putter('c', q))
    d = asyncio.create_task(putter('d', q))
    await asyncio.sleep(0)
    print(str(q))
    print('got', q.get_nowait(), str(q))
    c.cancel()
    await asyncio.gather(c, d, return_exceptions=True)
    print(str(q), c.cancelled())


asyncio.run(main())
