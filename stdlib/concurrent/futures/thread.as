"""ThreadPoolExecutor: calls run on a pool of threads."""

import os
import threading
from _collections import deque
from . import _base

# Set at interpreter exit: idle workers leave instead of waiting for work.
_shutdown = False
_global_shutdown_lock = threading.Lock()
_executors = []


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    for executor in list(_executors):
        executor._wake_all()
    for executor in list(_executors):
        for t in list(executor._threads):
            t.join()


threading._register_atexit(_python_exit)


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None
        else:
            self.future.set_result(result)


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker's initializer failed: the pool can run nothing more."""


class ThreadPoolExecutor(_base.Executor):
    """Runs submitted calls on up to max_workers threads, started as the
    work needs them."""

    _counter = 0

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work = deque()
        self._work_ready = threading.Condition(threading.Lock())
        self._idle = 0
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        if not thread_name_prefix:
            thread_name_prefix = f"ThreadPoolExecutor-{ThreadPoolExecutor._counter}"
            ThreadPoolExecutor._counter += 1
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs
        _executors.append(self)

    def submit(self, fn, /, *args, **kwargs):
        """Schedules fn(*args, **kwargs); returns its Future."""
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            f = _base.Future()
            with self._work_ready:
                self._work.append(_WorkItem(f, fn, args, kwargs))
                start = self._idle == 0 and len(self._threads) < self._max_workers
                self._work_ready.notify()
            if start:
                self._start_worker()
            return f

    def _start_worker(self):
        name = f'{self._thread_name_prefix}_{len(self._threads)}'
        t = threading.Thread(name=name, target=self._worker)
        t.start()
        self._threads.add(t)

    def _next_item(self):
        """The next work item, or None once the pool shuts down."""
        with self._work_ready:
            while not self._work:
                if self._shutdown or _shutdown or self._broken:
                    return None
                self._idle += 1
                try:
                    self._work_ready.wait()
                finally:
                    self._idle -= 1
            return self._work.popleft()

    def _worker(self):
        if self._initializer is not None:
            try:
                self._initializer(*self._initargs)
            except BaseException:
                import logging
                logging.getLogger("concurrent.futures").critical('Exception in initializer:', exc_info=True)
                self._initializer_failed()
                return
        while True:
            item = self._next_item()
            if item is None:
                return
            item.run()
            del item

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = 'A thread initializer failed, the thread pool is not usable anymore'
            with self._work_ready:
                while self._work:
                    item = self._work.popleft()
                    item.future.set_exception(BrokenThreadPool(self._broken))
                self._work_ready.notify_all()

    def _wake_all(self):
        with self._work_ready:
            self._work_ready.notify_all()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Refuses new work; with cancel_futures, cancels the calls not
        started; with wait, waits for the threads to finish the rest."""
        with self._shutdown_lock:
            self._shutdown = True
            with self._work_ready:
                if cancel_futures:
                    while self._work:
                        self._work.popleft().future.cancel()
                self._work_ready.notify_all()
        if wait:
            for t in list(self._threads):
                t.join()
        if self in _executors and (wait or not self._threads):
            _executors.remove(self)
