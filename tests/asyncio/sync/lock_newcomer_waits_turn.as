# After release() has woken a waiter, a task that calls acquire() before the
# waiter has run does not jump ahead of it, even though the lock looks free.
import asyncio


async def waiter(lock):
    await lock.acquire()
    print('waiter acquired')
    await asyncio.sleep(0.1)
    lock.release()
    print('waiter released')


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    w = asyncio.create_task(waiter(lock))
    await asyncio.sleep(0)
    lock.release()
    print('released:', repr(lock), 'locked() =', lock.locked())
    await lock.acquire()
    print('main acquired again at', asyncio.get_running_loop().time())
    lock.release()
    await w


asyncio.run(main())
