"""Event loops: making them, and which one is current in this thread."""

from _asyncio import (EventLoop as _CoreEventLoop, Handle, TimerHandle, get_running_loop,
                      _get_running_loop, _get_event_loop, _set_event_loop)

__all__ = ('AbstractEventLoop', 'Handle', 'TimerHandle', 'get_event_loop', 'set_event_loop',
           'new_event_loop', 'get_running_loop', '_get_running_loop')


class AbstractEventLoop(_CoreEventLoop):
    """The event loop: its scheduling core is C (src/loop.c)."""

    def __init__(self):
        self._asyncgens = set()
        self._asyncgens_shutdown_called = False

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
        """Nothing to do until executors exist."""


class _UnixSelectorEventLoop(AbstractEventLoop):
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
