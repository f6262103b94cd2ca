# join() waits until task_done() has been called for every item put, and
# every waiting join() returns then; a put() makes join() wait again.
# Calling task_done() once too often is a ValueError.
import asyncio


async def worker(q):
    while True:
        item = await q.get()
        await asyncio.sleep(item)
        print(f'processed {item} at {asyncio.get_running_loop().time():.1f}')
        q.task_done()


async def joiner(name, q):
    await q.join()
    print(f'{name} joined at {asyncio.get_running_loop().time():.1f}')


async def main():
    q = asyncio.Queue()
    await q.join()
    print('join on a fresh queue returns at once')
    for d in (0.3, 0.1, 0.2):
        q.put_nowait(d)
    print(str(q))
    joiners = [asyncio.create_task(joiner(n, q)) for n in ('j1', 'j2')]
    w = asyncio.create_task(worker(q))
    await q.join()
    print('main joined', str(q))
    await asyncio.gather(*joiners)
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)
    q.put_nowait(0.5)
    await joiner('j3', q)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print('worker cancelled')


asyncio.run(main())
