"""The names the rest of the asyncio package builds on.

Future, Task and the loop are C types (src/task.c, src/loop.c); this
module adds the small functions around them that every other module of
the package needs."""

from _asyncio import (Future, Task, CancelledError, InvalidStateError, get_running_loop,
                      _get_running_loop, _mark_iterable_coroutine)
from .exceptions import BrokenBarrierError
from .events import get_event_loop
from .coroutines import iscoroutine


def isfuture(obj):
    """True for objects that behave like asyncio futures."""
    return (getattr(type(obj), '_asyncio_future_blocking', None) is not None
            and obj._asyncio_future_blocking is not None)


def current_task(loop=None):
    """The task running in loop (the running loop by default), or None."""
    if loop is None:
        loop = get_running_loop()
    return loop._current_task()


def all_tasks(loop=None):
    """The set of the loop's tasks that are not done yet (the loop holds
    exactly those)."""
    if loop is None:
        loop = get_running_loop()
    return set(loop._all_tasks())


def create_task(coro, *, name=None, context=None):
    """Schedules coro to run as a task of the running loop."""
    return get_running_loop().create_task(coro, name=name, context=context)


async def _wrap_awaitable(awaitable):
    return await awaitable


def ensure_future(coro_or_future, *, loop=None):
    """A future for the argument: itself if it is one, else a new task."""
    if isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future.get_loop():
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    if not iscoroutine(coro_or_future):
        if not hasattr(coro_or_future, '__await__'):
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
        coro_or_future = _wrap_awaitable(coro_or_future)
    if loop is None:
        loop = get_event_loop()
    return loop.create_task(coro_or_future)


def sleep0():
    """Awaiting it yields to the loop exactly once (a generator-based
    coroutine, so `await` takes it as it is)."""
    yield


_mark_iterable_coroutine(sleep0)
