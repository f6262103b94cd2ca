"""asyncio.timeout() and asyncio.timeout_at(): deadlines for a block of code.

When the deadline passes, the task running the block is cancelled; the
`async with` that owns the deadline turns that cancellation back into
TimeoutError, unless someone else also asked the task to cancel.
Behaviour follows CPython 3.12.
"""

from ._core import CancelledError, current_task, get_running_loop

# The states of a Timeout: created, then active, then either finished or
# expiring and finally expired.  The strings are what repr() shows.
_CREATED = 'created'
_ENTERED = 'active'
_EXPIRING = 'expiring'
_EXPIRED = 'expired'
_EXITED = 'finished'


class Timeout:
    """An async context manager that cancels its task at a loop time.

    Made by timeout() or timeout_at(); `when` is a loop.time() value, or
    None for no deadline.
    """

    def __init__(self, when):
        self._state = _CREATED
        self._when = when
        self._handle = None
        self._task = None
        self._cancelling = 0

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != _ENTERED:
            if self._state == _CREATED:
                raise RuntimeError('Timeout has not been entered')
            raise RuntimeError(f'Cannot change state of {self._state} Timeout')
        self._when = when
        if self._handle is not None:
            self._handle.cancel()
        if when is None:
            self._handle = None
            return
        loop = get_running_loop()
        if when <= loop.time():
            self._handle = loop.call_soon(self._expire)
        else:
            self._handle = loop.call_at(when, self._expire)

    def expired(self):
        return self._state == _EXPIRING or self._state == _EXPIRED

    def __repr__(self):
        if self._state != _ENTERED:
            return f'<Timeout [{self._state}]>'
        when = None if self._when is None else round(self._when, 3)
        return f'<Timeout [{self._state}] when={when}>'

    async def __aenter__(self):
        if self._state != _CREATED:
            raise RuntimeError('Timeout has already been entered')
        task = current_task()
        if task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._state = _ENTERED
        self._task = task
        # Cancel requests already pending when we entered are not ours.
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if self._state == _EXPIRING:
            self._state = _EXPIRED
            # Only our own cancel request may become a TimeoutError; if
            # someone else cancelled the task too, the cancellation wins.
            if (self._task.uncancel() <= self._cancelling
                    and exc_type is CancelledError):
                raise TimeoutError from exc
        elif self._state == _ENTERED:
            self._state = _EXITED
        return None

    def _expire(self):
        self._task.cancel()
        self._state = _EXPIRING
        self._handle = None


def timeout(delay):
    """A Timeout that expires `delay` seconds from now (None: never)."""
    loop = get_running_loop()
    return Timeout(None if delay is None else loop.time() + delay)


def timeout_at(when):
    """A Timeout that expires at loop time `when` (None: never)."""
    return Timeout(when)
