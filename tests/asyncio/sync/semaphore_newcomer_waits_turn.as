# A slot released to a waiter is counted out at once, so a task that asks
# before the waiter has run has to queue behind it.
import asyncio


async def waiter(name, sem):
    await sem.acquire()
    print(f'{name} acquired')
    await asyncio.sleep(0.1)
    sem.release()
    print(f'{name} released')


async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    w = asyncio.create_task(waiter('w', sem))
    await asyncio.sleep(0)
    sem.release()
    print('released:', repr(sem), 'locked() =', sem.locked())
    await sem.acquire()
    print('main acquired at', asyncio.get_running_loop().time())
    sem.release()
    await w
    print(repr(sem))


asyncio.run(main())
