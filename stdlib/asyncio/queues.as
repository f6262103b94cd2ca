"""Queues for producer and consumer tasks: Queue (first in, first out),
LifoQueue (last in, first out) and PriorityQueue (lowest item first).

They behave like CPython's asyncio.queues, with 3.13's shutdown().  Blocked
get() and put() calls wait on Futures kept in FIFOs; each put wakes the
first waiting getter and each get the first waiting putter, so the order
in which blocked tasks proceed is the order in which they arrived.
"""

from _collections import deque     # not collections: its aster code would cost start-up time
from _heapq import heappush, heappop

from .locks import Event, _LoopBound

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty',
           'QueueShutDown')


class QueueEmpty(Exception):
    """Raised by get_nowait() on an empty queue."""


class QueueFull(Exception):
    """Raised by put_nowait() on a full queue."""


class QueueShutDown(Exception):
    """Raised by put() and get() on a queue that has been shut down."""


class Queue(_LoopBound):
    """A first-in first-out queue for tasks.

    With maxsize <= 0 the queue is unbounded; otherwise put() waits while it
    holds maxsize items.  Subclasses change the order by overriding _init(),
    _put() and _get().
    """

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = deque()
        self._putters = deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._is_shutdown = False
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = deque()

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.popleft()

    def _wakeup_next(self, waiters):
        # Skip waiters that are done already: they were cancelled.
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def _format(self):
        text = f'maxsize={self._maxsize!r}'
        if getattr(self, '_queue', None):
            text += f' _queue={list(self._queue)!r}'
        if self._getters:
            text += f' _getters[{len(self._getters)}]'
        if self._putters:
            text += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            text += f' tasks={self._unfinished_tasks}'
        if self._is_shutdown:
            text += ' shutdown'
        return text

    def qsize(self):
        """Number of items in the queue."""
        return len(self._queue)

    @property
    def maxsize(self):
        """Number of items allowed in the queue (<= 0: no limit)."""
        return self._maxsize

    def empty(self):
        """Return True if the queue holds no item."""
        return not self._queue

    def full(self):
        """Return True if the queue holds maxsize items; never for an
        unbounded queue."""
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        """Put item into the queue, waiting for a free slot if it is full.
        Raises QueueShutDown once the queue is shut down."""
        while self.full():
            if self._is_shutdown:
                raise QueueShutDown
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except BaseException:
                self._forget_waiter(putter, self._putters)
                # get_nowait() may have picked us: pass its wake-up on.
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        """Put item into the queue; QueueFull if there is no free slot."""
        if self._is_shutdown:
            raise QueueShutDown
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        """Remove and return an item, waiting for one if the queue is empty.
        Raises QueueShutDown once the queue is shut down and empty."""
        while self.empty():
            if self._is_shutdown and self.empty():
                raise QueueShutDown
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except BaseException:
                self._forget_waiter(getter, self._getters)
                # put_nowait() may have picked us: pass its wake-up on.
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        """Remove and return an item; QueueEmpty if there is none."""
        if self.empty():
            if self._is_shutdown:
                raise QueueShutDown
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def _forget_waiter(self, waiter, waiters):
        # The waiter may have left the FIFO already, taken out by the call
        # that woke it or by shutdown().
        waiter.cancel()
        try:
            waiters.remove(waiter)
        except ValueError:
            pass

    def task_done(self):
        """Mark one item taken with get() as processed; join() returns once
        every item put has been processed."""
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        """Wait until every item put into the queue has been processed."""
        if self._unfinished_tasks > 0:
            await self._finished.wait()

    def shutdown(self, immediate=False):
        """Make put() raise QueueShutDown from now on, and get() once the
        queue is empty; blocked callers wake up and raise.  With immediate
        the queue is emptied at once, each item counting as processed."""
        self._is_shutdown = True
        if immediate:
            while not self.empty():
                self._get()
                if self._unfinished_tasks > 0:
                    self._unfinished_tasks -= 1
            if self._unfinished_tasks == 0:
                self._finished.set()
        for waiters in (self._getters, self._putters):
            while waiters:
                waiter = waiters.popleft()
                if not waiter.done():
                    waiter.set_result(None)


class PriorityQueue(Queue):
    """A queue that returns its smallest item first, e.g. (priority, data)
    tuples in priority order."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heappush(self._queue, item)

    def _get(self):
        return heappop(self._queue)


class LifoQueue(Queue):
    """A queue that returns the item added last first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
