"""Running coroutines and functions across threads."""

import contextvars
import functools
from . import coroutines, events, futures
from ._core import ensure_future

__all__ = ('to_thread', 'run_coroutine_threadsafe')


async def to_thread(func, /, *args, **kwargs):
    """Runs func(*args, **kwargs) on the loop's default executor, in a copy
    of the current context, and returns its result."""
    loop = events.get_running_loop()
    ctx = contextvars.copy_context()
    func_call = functools.partial(ctx.run, func, *args, **kwargs)
    return await loop.run_in_executor(None, func_call)


def run_coroutine_threadsafe(coro, loop):
    """Submits coro to loop (running in another thread); returns a
    concurrent.futures.Future for its result, which can also cancel it."""
    if not coroutines.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    import concurrent.futures
    future = concurrent.futures.Future()

    def callback():
        try:
            futures._chain_future(ensure_future(coro, loop=loop), future)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(callback)
    return future
