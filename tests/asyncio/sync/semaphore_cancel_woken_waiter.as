# A waiter woken by release() and cancelled before it runs gives its slot to
# the next waiter; a waiter cancelled before any release just leaves.
import asyncio


async def waiter(name, sem):
    try:
        await sem.acquire()
    except asyncio.CancelledError:
        print(f'{name} cancelled, {sem!r}')
        raise
    print(f'{name} acquired, {sem!r}')


async def main():
    sem = asyncio.Semaphore(0)
    tasks = {n: asyncio.create_task(waiter(n, sem)) for n in 'abc'}
    await asyncio.sleep(0)
    print(repr(sem))
    tasks['c'].cancel()
    await asyncio.sleep(0)
    print('c left:', repr(sem))
    sem.release()
    print('released once:', repr(sem))
    tasks['a'].cancel()
    await asyncio.gather(*tasks.values(), return_exceptions=True)
    print('cancelled:', [n for n, t in tasks.items() if t.cancelled()])
    print(repr(sem))


asyncio.run(main())
