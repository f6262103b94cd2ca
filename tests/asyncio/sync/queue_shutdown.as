# shutdown() (new in Python 3.13): put() raises QueueShutDown at once,
# get() only once the queue is empty; blocked getters wake up and raise.
# Goldens come from CPython 3.13, which has shutdown(): run mkgold.py with
# PY312=~/.pyenv/versions/3.13.0/bin/python -k queue_shutdown.
import asyncio


async def getter(name, q):
    try:
        print(f'{name} got {await q.get()}')
    except asyncio.QueueShutDown as e:
        print(f'{name}: QueueShutDown {e!r}')


async def main():
    q = asyncio.Queue()
    getters = [asyncio.create_task(getter(n, q)) for n in ('a', 'b')]
    await asyncio.sleep(0)
    q.put_nowait('one')
    q.shutdown()
    print('shut down:', str(q))
    await asyncio.gather(*getters)
    q2 = asyncio.Queue()
    q2.put_nowait('x')
    q2.put_nowait('y')
    q2.shutdown()
    try:
        q2.put_nowait('z')
    except asyncio.QueueShutDown:
        print('put_nowait raises QueueShutDown')
    try:
        await q2.put('z')
    except asyncio.QueueShutDown:
        print('put raises QueueShutDown')
    print('still gets', await q2.get(), q2.get_nowait(), str(q2))
    try:
        q2.get_nowait()
    except asyncio.QueueShutDown:
        print('get_nowait on the empty queue raises QueueShutDown')
    try:
        await q2.get()
    except asyncio.QueueShutDown:
        print('get on the empty queue raises QueueShutDown')
    q2.task_done()
    q2.task_done()
    await q2.join()
    print('joined', str(q2))


asyncio.run(main())
