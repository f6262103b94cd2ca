# get_nowait() on an empty queue raises QueueEmpty and put_nowait() on a
# full one QueueFull; both are plain Exceptions without a message.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=1)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e), repr(str(e)), isinstance(e, Exception))
    q.put_nowait('only')
    try:
        q.put_nowait('more')
    except asyncio.QueueFull as e:
        print('QueueFull', repr(e), repr(str(e)), isinstance(e, Exception))
    print(str(q))
    for cls in (asyncio.LifoQueue, asyncio.PriorityQueue):
        try:
            cls().get_nowait()
        except asyncio.QueueEmpty:
            print(cls.__name__, 'raises QueueEmpty too')


asyncio.run(main())
