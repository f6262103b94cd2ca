# When every queued waiter has been cancelled, a new acquire() takes the free
# lock at once; a lock released with no waiter is taken immediately too.
import asyncio


async def waiter(name, lock):
    try:
        await lock.acquire()
        print(f'{name} acquired')
    except asyncio.CancelledError:
        print(f'{name} cancelled')


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(waiter('a', lock))
    b = asyncio.create_task(waiter('b', lock))
    await asyncio.sleep(0)
    a.cancel()
    b.cancel()
    lock.release()
    print('released with cancelled waiters:', repr(lock))
    print('acquire:', await lock.acquire(), repr(lock))
    await asyncio.sleep(0)
    print('after the waiters ran:', repr(lock))
    lock.release()
    print('acquire again:', await lock.acquire())


asyncio.run(main())
