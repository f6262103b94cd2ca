# ThreadPoolExecutor: submit, map (in order, with a timeout), wait,
# as_completed, shutdown with cancel_futures, and the errors after it.
import threading
import time
from concurrent.futures import (ThreadPoolExecutor, wait, as_completed, FIRST_COMPLETED,
                                FIRST_EXCEPTION, ALL_COMPLETED)


def square(x):
    return x * x


def fail(x):
    raise ValueError(f'bad {x}')


with ThreadPoolExecutor(max_workers=3) as pool:
    print(list(pool.map(square, range(10))))
    print(list(pool.map(pow, [2, 3], [5, 2])))
    futures = [pool.submit(square, i) for i in range(6)]
    print(sorted(f.result() for f in as_completed(futures)))
    done, not_done = wait(futures, return_when=ALL_COMPLETED)
    print(len(done), len(not_done))
    bad = pool.submit(fail, 1)
    done, not_done = wait([bad], return_when=FIRST_EXCEPTION)
    print(repr(bad.exception()))
    done, not_done = wait([pool.submit(square, 3)], return_when=FIRST_COMPLETED)
    print([f.result() for f in done])
    it = pool.map(fail, [7])
    try:
        next(it)
    except ValueError as e:
        print('map raises', e)
    names = {pool.submit(lambda: threading.current_thread().name).result()[:18] for i in range(3)}
    print(names)

gate = threading.Event()
pool = ThreadPoolExecutor(max_workers=1)
first = pool.submit(gate.wait, 5)
queued = [pool.submit(square, i) for i in range(3)]
gate.set()
pool.shutdown(wait=True, cancel_futures=False)
print(first.result(), [f.result() for f in queued])
try:
    pool.submit(square, 1)
except RuntimeError as e:
    print('RuntimeError:', e)

block = threading.Event()
pool = ThreadPoolExecutor(max_workers=1)
running = pool.submit(block.wait, 5)
waiting = [pool.submit(square, i) for i in range(3)]
time.sleep(0.01)
pool.shutdown(wait=False, cancel_futures=True)
print([f.cancelled() for f in waiting])
block.set()
print(running.result())

try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print('ValueError:', e)


def init(tag):
    raise RuntimeError('init fails ' + tag)


pool = ThreadPoolExecutor(max_workers=1, initializer=print, initargs=('initializer ran',))
print(pool.submit(square, 4).result())
pool.shutdown()
print('idle pool without shutdown does not block exit')
leftover = ThreadPoolExecutor(max_workers=2)
leftover.submit(square, 2).result()
