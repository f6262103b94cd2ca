"""asyncio's combinators: sleep, gather, shield, wait_for, wait, as_completed.

They are built on the C core's Future and Task and behave like CPython
3.12's, callback for callback, because users see the interleavings.  Where
aster follows Python 3.7 instead (see SEMANTICS.md): every function accepts
a `loop=` keyword and ignores it, and wait() wraps bare coroutines in tasks.
as_completed() is Python 3.13's: `for` yields awaitables, `async for` the
original futures.
"""

from ._core import (Future, Task, CancelledError, get_running_loop,
                    get_event_loop, ensure_future, isfuture, iscoroutine,
                    sleep0)
from .timeouts import timeout as _timeout

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


def _wake(waiter):
    if not waiter.done():
        waiter.set_result(None)


def _resolve_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


def _cancelled_error(fut):
    """The CancelledError a cancelled future raises when asked for its result."""
    try:
        fut.result()
    except CancelledError as exc:
        return exc


def _distinct_futures(aws):
    """One future per distinct awaitable, in argument order (coroutines are
    wrapped in tasks)."""
    seen = set()
    futures = []
    for aw in aws:
        if aw not in seen:
            seen.add(aw)
            futures.append(ensure_future(aw))
    return futures


async def sleep(delay, result=None, *, loop=None):
    """Return `result` after `delay` seconds; a delay <= 0 yields to the loop once."""
    if delay <= 0:
        await sleep0()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, _resolve_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


class _GatheringFuture(Future):
    """The future gather() returns.

    Cancelling it cancels the children instead; it finishes once they
    have reacted, like a task does.
    """

    def __init__(self, children, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled_any = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled_any = True
        # Once a child really was cancelled, gather ends in CancelledError
        # even with return_exceptions=True.
        if cancelled_any:
            self._cancel_requested = True
        return cancelled_any


def _gathered_outcome(child):
    if child.cancelled():
        # A finished Task has forgotten its cancel message, a plain Future
        # keeps it; CPython's results list shows exactly that.
        if isinstance(child, Task):
            return CancelledError()
        return CancelledError(*_cancelled_error(child).args)
    exc = child.exception()
    return child.result() if exc is None else exc


def gather(*aws, loop=None, return_exceptions=False):
    """A future for the list of the results of `aws`, in argument order.

    The first exception (or child cancellation) finishes it at once unless
    return_exceptions is true, in which case exceptions become results.
    """
    if not aws:
        outer = get_event_loop().create_future()
        outer.set_result([])
        return outer

    outer = None
    children = []
    future_of = {}
    finished = 0

    def on_child_done(child):
        nonlocal finished
        finished += 1
        if outer is None or outer.done():
            # Nobody can see this child's exception any more: mark it
            # retrieved so it is not reported as lost.
            if not child.cancelled():
                child.exception()
            return
        if not return_exceptions:
            if child.cancelled():
                outer.set_exception(_cancelled_error(child))
                return
            exc = child.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if finished < len(future_of):
            return
        results = [_gathered_outcome(c) for c in children]
        if outer._cancel_requested:
            # CPython takes the error from the last child in argument order.
            last = children[-1]
            if last.cancelled():
                outer.set_exception(_cancelled_error(last))
            else:
                outer.set_exception(CancelledError())
        else:
            outer.set_result(results)

    already_done = []
    for aw in aws:
        if aw in future_of:
            children.append(future_of[aw])
            continue
        fut = ensure_future(aw)
        future_of[aw] = fut
        children.append(fut)
        if fut.done():
            already_done.append(fut)
        else:
            fut.add_done_callback(on_child_done)

    outer = _GatheringFuture(children, children[0].get_loop())
    for fut in already_done:
        on_child_done(fut)
    return outer


def shield(arg, *, loop=None):
    """A future that follows `arg` but whose cancellation leaves `arg` running."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = inner.get_loop().create_future()

    def on_inner_done(inner):
        if outer.cancelled():
            # The awaiting side gave up; an exception arriving now counts
            # as retrieved.
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
            return
        exc = inner.exception()
        if exc is None:
            outer.set_result(inner.result())
        else:
            outer.set_exception(exc)

    inner.add_done_callback(on_inner_done)
    return outer


async def _cancel_and_wait(fut):
    """Cancel `fut` and wait until it has really finished.

    The wait is on a separate future so that cancelling the caller does
    not touch `fut` a second time.
    """
    waiter = get_running_loop().create_future()

    def release(done):
        _wake(waiter)

    fut.add_done_callback(release)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(release)


async def wait_for(aw, timeout, *, loop=None):
    """Await `aw`, cancelling it and raising TimeoutError after `timeout` seconds."""
    if timeout is not None and timeout <= 0:
        fut = ensure_future(aw)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError from exc
    async with _timeout(timeout):
        return await aw


async def wait(aws, *, loop=None, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in `aws`; return the sets (done, pending).

    Never raises TimeoutError: what is unfinished at the timeout is
    returned as pending.
    """
    if isfuture(aws) or iscoroutine(aws):
        raise TypeError(f'expect a list of futures, not {type(aws).__name__}')
    if not aws:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    futures = set(_distinct_futures(aws))

    loop = get_running_loop()
    waiter = loop.create_future()
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _wake, waiter)
    unfinished = len(futures)

    def on_done(fut):
        nonlocal unfinished
        unfinished -= 1
        if (unfinished <= 0 or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION and not fut.cancelled()
                    and fut.exception() is not None)):
            if timer is not None:
                timer.cancel()
            _wake(waiter)

    for fut in futures:
        fut.add_done_callback(on_done)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for fut in futures:
            fut.remove_done_callback(on_done)

    done = set()
    pending = set()
    for fut in futures:
        if fut.done():
            done.add(fut)
        else:
            pending.add(fut)
    return done, pending


class _FinishedQueue:
    """The part of asyncio.Queue that as_completed needs: an unbounded FIFO
    whose get() waits, waking waiting getters in the order they came."""

    def __init__(self):
        self._items = []
        self._getters = []

    def put(self, item):
        self._items.append(item)
        self._wake_next_getter()

    async def get(self):
        # Loop: a getter that was woken may find the item already taken.
        while not self._items:
            getter = get_running_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except BaseException:
                getter.cancel()
                if getter in self._getters:
                    self._getters.remove(getter)
                # A wake-up meant for us must not be lost.
                if self._items and not getter.cancelled():
                    self._wake_next_getter()
                raise
        return self._items.pop(0)

    def _wake_next_getter(self):
        while self._getters:
            getter = self._getters.pop(0)
            if not getter.done():
                getter.set_result(None)
                return


class _AsCompleted:
    """What as_completed() returns: `for` yields one awaitable per future,
    giving the results in completion order; `async for` yields the
    futures themselves as they finish."""

    def __init__(self, aws, timeout):
        loop = get_event_loop()
        self._finished = _FinishedQueue()
        self._todo = set(_distinct_futures(aws))
        self._left = len(self._todo)
        self._timer = None
        for fut in self._todo:
            fut.add_done_callback(self._on_done)
        if self._todo and timeout is not None:
            self._timer = loop.call_later(timeout, self._on_timeout)

    def __iter__(self):
        return self

    def __next__(self):
        if not self._left:
            raise StopIteration
        self._left -= 1
        return self._next_finished(True)

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self._left:
            raise StopAsyncIteration
        self._left -= 1
        return await self._next_finished(False)

    def _on_done(self, fut):
        if not self._todo:
            return
        self._todo.remove(fut)
        self._finished.put(fut)
        if not self._todo and self._timer is not None:
            self._timer.cancel()

    def _on_timeout(self):
        # One marker per unfinished future, so every waiter gets its error.
        for fut in self._todo:
            fut.remove_done_callback(self._on_done)
            self._finished.put(None)
        self._todo.clear()

    async def _next_finished(self, resolve):
        fut = await self._finished.get()
        if fut is None:
            raise TimeoutError
        return fut.result() if resolve else fut


def as_completed(aws, *, loop=None, timeout=None):
    """Iterate over `aws` in the order they finish (see _AsCompleted)."""
    if isfuture(aws) or iscoroutine(aws):
        raise TypeError(
            f'expect an iterable of futures, not {type(aws).__name__}')
    return _AsCompleted(aws, timeout)
