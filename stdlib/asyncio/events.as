"""Event loops: making them, and which one is current in this thread."""

from _asyncio import (EventLoop as _CoreEventLoop, Handle, TimerHandle, get_running_loop,
                      _get_running_loop, _get_event_loop, _set_event_loop)

from .selector_events import SocketMethods

__all__ = ('AbstractEventLoop', 'Handle', 'TimerHandle', 'get_event_loop', 'set_event_loop',
           'new_event_loop', 'get_running_loop', '_get_running_loop')


class AbstractEventLoop(_CoreEventLoop):
    """The event loop: its scheduling core is C (src/loop.c)."""

    def __init__(self):
        self._asyncgens = set()
        self._asyncgens_shutdown_called = False
        self._default_executor = None
        self._executor_shutdown_called = False

    def close(self):
        """Closes the loop (it must not be running) and lets its default
        executor go, without waiting for it."""
        super().close()
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    def run_in_executor(self, executor, func, *args):
        """Runs func(*args) on executor (the default ThreadPoolExecutor if
        None); returns an asyncio future for its result."""
        if self.is_closed():
            raise RuntimeError('Event loop is closed')
        from . import futures
        if executor is None:
            if self._executor_shutdown_called:
                raise RuntimeError('Executor shutdown has been called')
            executor = self._default_executor
            if executor is None:
                import concurrent.futures
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        import concurrent.futures
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor instance')
        self._default_executor = executor

    def _asyncgen_firstiter(self, agen):
        self._asyncgens.add(agen)

    def _asyncgen_finished(self, agen):
        self._asyncgens.discard(agen)

    async def shutdown_asyncgens(self):
        """Closes the async generators this loop iterated and that are
        still suspended (their finally blocks run)."""
        from .tasks import gather
        self._asyncgens_shutdown_called = True
        if not self._asyncgens:
            return
        agens = list(self._asyncgens)
        self._asyncgens.clear()
        results = await gather(*[agen.aclose() for agen in agens], return_exceptions=True)
        for result, agen in zip(results, agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self, timeout=None):
        """Waits (in another thread, so the loop goes on) for the default
        executor to finish its calls; refuses new ones from now on."""
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        import threading
        from .timeouts import timeout as _timeout
        future = self.create_future()
        thread = threading.Thread(target=self._do_shutdown, args=(future,))
        thread.start()
        try:
            async with _timeout(timeout):
                await future
        except TimeoutError:
            import warnings
            warnings.warn("The executor did not finishing joining "
                          f"its threads within {timeout} seconds.",
                          RuntimeWarning, stacklevel=2)
            self._default_executor.shutdown(wait=False)
        else:
            thread.join()

    def _do_shutdown(self, future):
        try:
            self._default_executor.shutdown(wait=True)
            if not self.is_closed():
                from .futures import _set_result_unless_cancelled
                self.call_soon_threadsafe(_set_result_unless_cancelled, future, None)
        except Exception as ex:
            if not self.is_closed() and not future.cancelled():
                self.call_soon_threadsafe(future.set_exception, ex)


class _UnixSelectorEventLoop(SocketMethods, AbstractEventLoop):
    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')


# Whether set_event_loop was ever called: until then get_event_loop()
# makes a loop on demand (as Python 3.7 did, which the seeds rely on).
_set_called = False


def new_event_loop():
    return _UnixSelectorEventLoop()


def set_event_loop(loop):
    global _set_called
    _set_called = True
    _set_event_loop(loop)


def get_event_loop():
    loop = _get_running_loop()
    if loop is not None:
        return loop
    loop = _get_event_loop()
    if loop is None:
        if _set_called:
            raise RuntimeError("There is no current event loop in thread 'MainThread'.")
        loop = new_event_loop()
        _set_event_loop(loop)
    return loop
