"""asyncio: coroutines, tasks and the event loop, as in Python.

The scheduling core is C (_asyncio: the loop, Future, Task); the
combinators and synchronisation primitives are written in aster in the
modules of this package."""

from .exceptions import (BrokenBarrierError, CancelledError, InvalidStateError, TimeoutError,
                         IncompleteReadError, LimitOverrunError, SendfileNotAvailableError)
from .events import (AbstractEventLoop, Handle, TimerHandle, get_event_loop, set_event_loop,
                     new_event_loop, get_running_loop, _get_running_loop)
from .coroutines import coroutine, iscoroutine, iscoroutinefunction
from .futures import Future, isfuture, wrap_future
from ._core import Task, current_task, all_tasks, create_task, ensure_future
from .tasks import (sleep, gather, shield, wait_for, wait, as_completed,
                    FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)
from .timeouts import Timeout, timeout, timeout_at
from .taskgroups import TaskGroup
from .locks import Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier
from .queues import Queue, LifoQueue, PriorityQueue, QueueEmpty, QueueFull, QueueShutDown
from .runners import Runner, run
from .threads import to_thread, run_coroutine_threadsafe
