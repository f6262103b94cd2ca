# Releasing an unlocked Lock is a RuntimeError; a lock waited for with a
# timeout gives up without taking it.
import asyncio


async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)
    await lock.acquire()
    try:
        await asyncio.wait_for(lock.acquire(), 0.5)
    except TimeoutError as e:
        print('TimeoutError', repr(e), 'at', asyncio.get_running_loop().time())
    print(repr(lock))
    lock.release()
    async with lock as value:
        print('async with gives', value)
    print(repr(lock))


asyncio.run(main())
