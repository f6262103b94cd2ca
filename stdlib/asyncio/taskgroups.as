"""asyncio.TaskGroup: structured concurrency, as in CPython 3.12.

Leaving the `async with` waits for every task of the group.  The first task
that fails cancels the others and the body; all failures are then raised
together in an ExceptionGroup.
"""

from ._core import CancelledError, get_running_loop, current_task


def _is_base_error(exc):
    # The only errors that a group re-raises as they are, not grouped.
    return isinstance(exc, (SystemExit, KeyboardInterrupt))


class TaskGroup:
    """An async context manager that owns the tasks created through it."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        # A dict, not a set: the group cancels its tasks in creation order.
        self._tasks = {}
        self._errors = []
        self._base_error = None
        self._all_done = None

    def __repr__(self):
        info = ''
        if self._tasks:
            info += f' tasks={len(self._tasks)}'
        if self._errors:
            info += f' errors={len(self._errors)}'
        if self._aborting:
            info += ' cancelling'
        elif self._entered:
            info += ' entered'
        return f'<TaskGroup{info}>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has already been entered')
        self._loop = get_running_loop()
        self._parent_task = current_task()
        if self._parent_task is None:
            raise RuntimeError(
                f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self._exiting = True
        if exc is not None and _is_base_error(exc) and self._base_error is None:
            self._base_error = exc

        propagate_cancel = exc if exc_type is CancelledError else None
        if self._parent_cancel_requested:
            # We cancelled the parent ourselves: take that request back, and
            # if it was the only one, the body's CancelledError was ours.
            if self._parent_task.uncancel() == 0:
                propagate_cancel = None

        if exc_type is not None and not self._aborting:
            self._abort()

        # The parent may be cancelled again while we wait, so wait in a loop.
        while self._tasks:
            if self._all_done is None:
                self._all_done = self._loop.create_future()
            try:
                await self._all_done
            except CancelledError as cancel:
                if not self._aborting:
                    propagate_cancel = cancel
                    self._abort()
            self._all_done = None

        if self._base_error is not None:
            raise self._base_error
        # Errors of the tasks take precedence over a cancellation.
        if propagate_cancel is not None and not self._errors:
            raise propagate_cancel
        if exc_type is not None and exc_type is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            errors = self._errors
            self._errors = None
            raise BaseExceptionGroup('unhandled errors in a TaskGroup',
                                   errors) from None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has not been entered')
        if self._exiting and not self._tasks:
            raise RuntimeError(f'TaskGroup {self!r} is finished')
        if self._aborting:
            raise RuntimeError(f'TaskGroup {self!r} is shutting down')
        # The name is set afterwards, as CPython does, so that a named
        # task still uses up a default "Task-N" number.
        if context is None:
            task = self._loop.create_task(coro)
        else:
            task = self._loop.create_task(coro, context=context)
        if name is not None:
            task.set_name(name)
        if task.done():
            self._on_task_done(task)
        else:
            self._tasks[task] = None
            task.add_done_callback(self._on_task_done)
        return task

    def _abort(self):
        self._aborting = True
        for task in self._tasks:
            if not task.done():
                task.cancel()

    def _on_task_done(self, task):
        self._tasks.pop(task, None)
        if self._all_done is not None and not self._tasks:
            if not self._all_done.done():
                self._all_done.set_result(True)

        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if _is_base_error(exc) and self._base_error is None:
            self._base_error = exc

        if self._parent_task.done():
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent '
                           f'task {self._parent_task} is already completed',
                'exception': exc,
                'task': task,
            })
            return

        # First failure: stop the other tasks and interrupt the body, which
        # __aexit__ will treat as our own cancellation, not the caller's.
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()
