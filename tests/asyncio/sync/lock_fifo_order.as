# Tasks blocked on a Lock get it in the order they asked for it.
import asyncio


async def worker(name, lock, hold):
    print(f'{name} wants the lock')
    async with lock:
        print(f'{name} has the lock, {lock!r}')
        await asyncio.sleep(hold)
        print(f'{name} releases')


async def main():
    lock = asyncio.Lock()
    print(repr(lock))
    tasks = [asyncio.create_task(worker(n, lock, h))
             for n, h in (('a', 0.3), ('b', 0.1), ('c', 0.2))]
    await asyncio.sleep(0)
    print('while a holds it:', repr(lock))
    await asyncio.gather(*tasks)
    print('at the end:', repr(lock), lock.locked())


asyncio.run(main())
