"""Telling coroutines apart, and the old generator-based coroutines."""

from _asyncio import _mark_iterable_coroutine

__all__ = ('coroutine', 'iscoroutinefunction', 'iscoroutine')

_CO_GENERATOR = 0x20
_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100


async def _sample_coroutine():
    pass


def _sample_generator():
    yield


_sample = _sample_coroutine()
_coroutine_type = type(_sample)
_generator_type = type(_sample_generator())
_coroutine_types = (_coroutine_type, _generator_type)
_sample.close()
del _sample

# Marks functions made by @coroutine.
_is_coroutine = object()


def iscoroutine(obj):
    """True for coroutine objects, and generators made by @coroutine."""
    if isinstance(obj, _coroutine_type):
        return True
    return isinstance(obj, _generator_type) and bool(obj.gi_code.co_flags & _CO_ITERABLE_COROUTINE)


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
