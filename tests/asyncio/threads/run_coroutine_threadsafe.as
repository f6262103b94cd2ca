# A loop runs in a second thread; the main thread submits coroutines to it
# and waits on the concurrent futures it gets back.
import asyncio
import threading

loop = asyncio.new_event_loop()
thread = threading.Thread(target=loop.run_forever, name='loop-thread')
thread.start()


async def add(a, b):
    await asyncio.sleep(0.5)
    return a + b


async def fail():
    await asyncio.sleep(0)
    raise KeyError('missing')


async def forever(started):
    started.set()
    await asyncio.Event().wait()


print(asyncio.run_coroutine_threadsafe(add(2, 3), loop).result(5))

future = asyncio.run_coroutine_threadsafe(fail(), loop)
try:
    future.result(5)
except KeyError as e:
    print('KeyError', e)

started = threading.Event()
future = asyncio.run_coroutine_threadsafe(forever(started), loop)
started.wait(5)
print('cancel:', future.cancel())
import concurrent.futures
try:
    future.result(5)
except concurrent.futures.CancelledError:
    print('cancelled', future.cancelled())
# one more trip through the loop lets the task finish cancelling
asyncio.run_coroutine_threadsafe(asyncio.sleep(0), loop).result(5)

try:
    asyncio.run_coroutine_threadsafe(add, loop)
except TypeError as e:
    print('TypeError:', e)

loop.call_soon_threadsafe(loop.stop)
thread.join()
print('tasks left:', len(asyncio.all_tasks(loop)))
loop.close()
try:
    loop.call_soon_threadsafe(print)
except RuntimeError as e:
    print('RuntimeError:', e)
