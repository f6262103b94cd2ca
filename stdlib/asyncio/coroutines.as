"""Telling coroutines apart, and the old generator-based coroutines."""

from _asyncio import _mark_iterable_coroutine

__all__ = ('coroutine', 'iscoroutinefunction', 'iscoroutine')

_CO_GENERATOR = 0x20
_CO_COROUTINE = 0x80


async def _sample_coroutine():
    pass


def _sample_generator():
    yield


_sample = _sample_coroutine()
_coroutine_types = (type(_sample), type(_sample_generator()))
_sample.close()
del _sample

# Marks functions made by @coroutine.
_is_coroutine = object()


def iscoroutine(obj):
    """True for coroutine objects (and, as in Python 3.7, generators)."""
    return isinstance(obj, _coroutine_types)


def iscoroutinefunction(func):
    """True for `async def` functions and functions decorated @coroutine."""
    if getattr(func, '_is_coroutine', None) is _is_coroutine:
        return True
    code = getattr(func, '__code__', None)
    return code is not None and bool(code.co_flags & _CO_COROUTINE)


def coroutine(func):
    """Makes a generator function usable with `await` (pre-async-def style)."""
    if iscoroutinefunction(func):
        return func
    code = getattr(func, '__code__', None)
    if code is not None and code.co_flags & _CO_GENERATOR:
        _mark_iterable_coroutine(func)
        coro = func
    else:
        def coro(*args, **kwargs):
            result = func(*args, **kwargs)
            if isinstance(result, _coroutine_types) or hasattr(result, '__await__'):
                result = yield from _await_any(result)
            return result
        coro.__name__ = getattr(func, '__name__', 'coro')
        coro.__qualname__ = getattr(func, '__qualname__', 'coro')
        _mark_iterable_coroutine(coro)
    coro._is_coroutine = _is_coroutine
    return coro


def _await_any(awaitable):
    if isinstance(awaitable, _coroutine_types):
        return (yield from awaitable)
    return (yield from awaitable.__await__())
