# shutdown(immediate=True) (new in Python 3.13) drops the queued items,
# counting each as done, so join() returns; blocked putters and getters
# raise QueueShutDown.
# Goldens come from CPython 3.13, which has shutdown(): run mkgold.py with
# PY312=~/.pyenv/versions/3.13.0/bin/python -k queue_shutdown.
import asyncio


async def putter(name, q):
    try:
        await q.put(name)
        print(f'{name} put')
    except asyncio.QueueShutDown:
        print(f'{name}: QueueShutDown')


async def joiner(q):
    await q.join()
    print('join returned', str(q))


async def main():
    q = asyncio.Queue(2)
    q.put_nowait(1)
    q.put_nowait(2)
    tasks = [asyncio.create_task(putter(n, q)) for n in ('p1', 'p2')]
    tasks.append(asyncio.create_task(joiner(q)))
    await asyncio.sleep(0)
    print(str(q))
    q.get_nowait()
    print('took one:', str(q))
    q.shutdown(immediate=True)
    print('shut down:', str(q))
    await asyncio.sleep(0)
    print('join still waits for the item taken before:', str(q))
    q.task_done()
    await asyncio.gather(*tasks)
    try:
        q.get_nowait()
    except asyncio.QueueShutDown:
        print('get_nowait raises QueueShutDown')
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)


asyncio.run(main())
