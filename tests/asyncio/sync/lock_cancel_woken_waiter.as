# release() picks the first waiter; if that waiter is cancelled before it
# runs, it passes the lock on to the next waiter instead of keeping it.
import asyncio


async def waiter(name, lock):
    try:
        await lock.acquire()
    except asyncio.CancelledError:
        print(f'{name} cancelled, lock locked: {lock.locked()}')
        raise
    print(f'{name} acquired')
    lock.release()
    print(f'{name} released')


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(waiter('a', lock))
    b = asyncio.create_task(waiter('b', lock))
    await asyncio.sleep(0)
    print(repr(lock))
    lock.release()
    print('main released, cancelling a')
    a.cancel()
    await asyncio.sleep(0)
    print('after one turn:', repr(lock))
    await asyncio.gather(a, b, return_exceptions=True)
    print('a cancelled:', a.cancelled(), '| lock:', repr(lock))


asyncio.run(main())
