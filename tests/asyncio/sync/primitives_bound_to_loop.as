# A primitive that had to wait under one event loop cannot be waited on
# under another; one that never waited is not bound to any loop.
import asyncio

lock = asyncio.Lock()
free_lock = asyncio.Lock()
q = asyncio.Queue()


async def first():
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    lock.release()
    await waiter
    async with free_lock:
        pass
    print('first run done:', repr(lock))


async def second():
    async with free_lock:
        print('a lock that never waited works in any loop')
    try:
        await lock.acquire()
    except RuntimeError as e:
        print('RuntimeError:', str(e).replace(hex(id(lock)), '0x...'))
    try:
        await asyncio.wait_for(q.get(), 0.1)
    except TimeoutError:
        print('the queue bound itself to the second loop')


asyncio.run(first())
asyncio.run(second())
