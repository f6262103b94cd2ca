"""Synchronisation primitives for tasks: Lock, Event, Condition, Semaphore,
BoundedSemaphore and Barrier.

They behave like CPython 3.12's asyncio.locks, down to the order in which
waiters wake up: each blocked task waits on a Future of its own, kept in a
FIFO, and a release resolves the Future of the task whose turn it is.  The
task then runs when the loop gets to that Future's callbacks, so whoever
acquires "next" is decided at release time, not when the woken task runs.

None of these objects is bound to a loop when created; each binds to the
running loop the first time it has to block, and refuses any other loop
afterwards.
"""

from _collections import deque     # not collections: its aster code would cost start-up time

from ._core import CancelledError, BrokenBarrierError, _get_running_loop

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore',
           'Barrier')


class _LoopBound:
    """Binds an object to the first running loop that needs it."""

    _loop = None

    def _get_loop(self):
        loop = _get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop


class _AsyncContextManager:
    """`async with x:` acquires x on entry and releases it on exit."""

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


def _describe(obj, state):
    """The default repr of obj with its state appended: <... at 0x.. [state]>."""
    return '<' + object.__repr__(obj)[1:-1] + ' [' + state + ']>'


def _with_waiters(state, waiters):
    if waiters:
        return f'{state}, waiters:{len(waiters)}'
    return state


def _all_cancelled(futures):
    for fut in futures:
        if not fut.cancelled():
            return False
    return True


class Lock(_AsyncContextManager, _LoopBound):
    """A mutual-exclusion lock; not owned by any task, so any task may
    release it.  Blocked acquirers get the lock in the order they asked."""

    def __init__(self):
        self._waiters = None    # a deque, made on first contention
        self._locked = False

    def __repr__(self):
        state = 'locked' if self._locked else 'unlocked'
        return _describe(self, _with_waiters(state, self._waiters))

    def locked(self):
        """Return True if the lock is held."""
        return self._locked

    async def acquire(self):
        """Wait until the lock is free, take it and return True."""
        # A newcomer may only take a free lock when nobody is queued, or when
        # every queued waiter has been cancelled and will never take it.
        if not self._locked and (not self._waiters or
                                 _all_cancelled(self._waiters)):
            self._locked = True
            return True

        if self._waiters is None:
            self._waiters = deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            # release() may already have picked us; hand the turn on, now
            # that we are out of the queue and cannot pick ourselves again.
            if not self._locked:
                self._wake_up_first()
            raise

        self._locked = True
        return True

    def release(self):
        """Free the lock and let the first waiter, if any, take it."""
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._wake_up_first()

    def _wake_up_first(self):
        # A waiter that is already done will run soon and either take the
        # lock or, if it was cancelled meanwhile, pass the turn on itself.
        if self._waiters:
            fut = self._waiters[0]
            if not fut.done():
                fut.set_result(True)


class Event(_LoopBound):
    """A flag that tasks can wait for: set() wakes every waiter, and wait()
    returns at once while the flag stays set."""

    def __init__(self):
        self._waiters = deque()
        self._value = False

    def __repr__(self):
        state = 'set' if self._value else 'unset'
        return _describe(self, _with_waiters(state, self._waiters))

    def is_set(self):
        """Return True if the flag is set."""
        return self._value

    def set(self):
        """Set the flag and wake every task waiting for it."""
        if self._value:
            return
        self._value = True
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)

    def clear(self):
        """Reset the flag; later wait() calls block until the next set()."""
        self._value = False

    async def wait(self):
        """Return True once the flag is set, waiting for it if need be."""
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_AsyncContextManager, _LoopBound):
    """A condition variable over a Lock (a new one unless given): tasks that
    hold the lock wait() until another task notifies them."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = deque()

    def __repr__(self):
        state = 'locked' if self.locked() else 'unlocked'
        return _describe(self, _with_waiters(state, self._waiters))

    async def wait(self):
        """Release the lock, wait to be notified, then take the lock back
        and return True.  The lock is held again when this returns or
        raises, even if the wait is cancelled."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')

        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        """Wait until predicate() is true and return its last value."""
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake at most n waiting tasks; each returns from wait() once it
        gets the lock back, so the caller should release it."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        """Wake every waiting task."""
        self.notify(len(self._waiters))


class Semaphore(_AsyncContextManager, _LoopBound):
    """A counter of free slots: acquire() takes one, waiting while there is
    none, and release() gives one back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._waiters = None    # a deque, made on first contention
        self._value = value

    def __repr__(self):
        if self.locked():
            state = 'locked'
        else:
            state = f'unlocked, value:{self._value}'
        return _describe(self, _with_waiters(state, self._waiters))

    def locked(self):
        """Return True if acquire() would have to wait."""
        return self._value == 0 or (self._waiters is not None and
                                    not _all_cancelled(self._waiters))

    async def acquire(self):
        """Take a slot, waiting for one if need be, and return True."""
        if not self.locked():
            self._value -= 1
            return True

        if self._waiters is None:
            self._waiters = deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            # A slot was already counted out for us: give it to the next one.
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise

        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        """Give a slot back, waking the first waiter if there is one."""
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        # The slot is counted out at wake-up time, so a newcomer cannot
        # take it before the woken task runs.
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    """A Semaphore whose release() refuses to go above the initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


# Barrier states, as shown in its repr.
_FILLING = 'filling'
_DRAINING = 'draining'
_RESETTING = 'resetting'
_BROKEN = 'broken'


class Barrier(_LoopBound):
    """Holds tasks in wait() until `parties` of them have arrived, then lets
    them all go; each gets a distinct index from 0 to parties-1.

    A cycle fills (tasks arrive), then drains (released tasks leave); a
    task arriving while the barrier drains or resets waits for the next
    cycle.  reset() and abort() make current waiters raise
    BrokenBarrierError; after abort() every wait() raises it.
    """

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        state = self._state
        if not self.broken:
            state += f', waiters:{self.n_waiting}/{self.parties}'
        return _describe(self, state)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        """Wait until the barrier trips and return this task's index."""
        async with self._cond:
            await self._block()
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    self._state = _DRAINING
                    self._cond.notify_all()
                else:
                    await self._wait_for_trip()
                return index
            finally:
                self._count -= 1
                self._exit()

    async def _block(self):
        # Wait out a drain or a reset still in progress, then refuse to
        # enter a broken barrier.
        await self._cond.wait_for(
            lambda: self._state != _DRAINING and self._state != _RESETTING)
        if self._state == _BROKEN:
            raise BrokenBarrierError('Barrier aborted')

    async def _wait_for_trip(self):
        await self._cond.wait_for(lambda: self._state != _FILLING)
        if self._state == _BROKEN or self._state == _RESETTING:
            raise BrokenBarrierError('Abort or reset of barrier')

    def _exit(self):
        # The last task out ends a drain or a reset and lets the tasks
        # held in _block() start the next cycle.
        if self._count == 0:
            if self._state == _RESETTING or self._state == _DRAINING:
                self._state = _FILLING
            self._cond.notify_all()

    async def reset(self):
        """Return the barrier to its empty state; tasks waiting in it get
        BrokenBarrierError."""
        async with self._cond:
            if self._count > 0:
                self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    async def abort(self):
        """Break the barrier: current and future wait() calls raise
        BrokenBarrierError."""
        async with self._cond:
            self._state = _BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        """The number of tasks needed to trip the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """The number of tasks waiting for the barrier to trip."""
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        """True once abort() has been called (until reset())."""
        return self._state == _BROKEN
