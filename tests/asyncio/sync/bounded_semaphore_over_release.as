# A BoundedSemaphore refuses to be released above its initial value.
import asyncio


async def main():
    sem = asyncio.BoundedSemaphore(2)
    print(repr(sem))
    try:
        sem.release()
    except ValueError as e:
        print('ValueError:', e)
    await sem.acquire()
    sem.release()
    print('balanced:', repr(sem))
    async with sem:
        async with sem:
            print('both slots taken:', repr(sem))
            try:
                await asyncio.wait_for(sem.acquire(), 0.1)
            except TimeoutError:
                print('third acquire timed out')
    try:
        sem.release()
    except ValueError as e:
        print('ValueError again:', e)
    print(repr(sem), isinstance(sem, asyncio.Semaphore))


asyncio.run(main())
