"""Utilities for with statements: contextmanager, asynccontextmanager,
suppress, closing, aclosing, nullcontext, redirect_stdout/stderr,
ExitStack, AsyncExitStack and the ContextDecorator bases."""

import abc
import sys
from collections import deque
from collections.abc import _check_methods

_GenericAlias = type(list[int])

__all__ = ['asynccontextmanager', 'contextmanager', 'closing', 'nullcontext',
           'AbstractContextManager', 'AbstractAsyncContextManager',
           'AsyncExitStack', 'ContextDecorator', 'ExitStack',
           'redirect_stdout', 'redirect_stderr', 'suppress', 'aclosing']


def _wraps(wrapped):
    """Copy the identity of wrapped onto the decorated function (the part
    of functools.wraps that these helpers need)."""
    def decorate(wrapper):
        for name in ('__module__', '__name__', '__qualname__', '__doc__'):
            try:
                value = getattr(wrapped, name)
            except AttributeError:
                continue
            setattr(wrapper, name, value)
        wrapper.__dict__.update(getattr(wrapped, '__dict__', {}))
        wrapper.__wrapped__ = wrapped
        return wrapper
    return decorate


class AbstractContextManager(abc.ABC):
    """An ABC for context managers (any class with __enter__ and __exit__
    is one); as a base, its __enter__ returns self."""
    __class_getitem__ = classmethod(_GenericAlias)
    __slots__ = ()

    def __enter__(self):
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _check_methods(C, '__enter__', '__exit__')
        return NotImplemented


class AbstractAsyncContextManager(abc.ABC):
    """The same for async context managers (__aenter__ and __aexit__)."""
    __class_getitem__ = classmethod(_GenericAlias)
    __slots__ = ()

    async def __aenter__(self):
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _check_methods(C, '__aenter__', '__aexit__')
        return NotImplemented


class ContextDecorator:
    """A context manager that can also decorate a function: each call of
    the function runs inside a fresh `with self._recreate_cm()`."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @_wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class AsyncContextDecorator:
    """ContextDecorator for coroutine functions and async managers."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @_wraps(func)
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return inner


# ---------------------------------------------------------------------
# contextmanager and asynccontextmanager

class _GeneratorContextManagerBase:
    """Shared by the sync and async managers made from generators."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, '__doc__', None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # Each use as a decorator needs a new generator.
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(_GeneratorContextManagerBase,
                               AbstractContextManager, ContextDecorator):
    """Helper for @contextmanager."""

    def __enter__(self):
        # The arguments are only needed to recreate the manager, which a
        # manager that has been entered can no longer be.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                self.gen.close()
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # The generator caught the exception and finished: suppressed,
            # unless it was the StopIteration thrown in.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            # A StopIteration thrown into the generator comes back as the
            # cause of a RuntimeError (PEP 479): that is the same exception.
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            self.gen.close()


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase,
                                    AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """Helper for @asynccontextmanager."""

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                await self.gen.aclose()
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            if (isinstance(value, (StopIteration, StopAsyncIteration))
                    and exc.__cause__ is value):
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        try:
            raise RuntimeError("generator didn't stop after athrow()")
        finally:
            await self.gen.aclose()


def contextmanager(func):
    """@contextmanager turns a generator function that yields once into a
    factory of context managers."""
    @_wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


def asynccontextmanager(func):
    """@asynccontextmanager: the same for async generator functions."""
    @_wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper


# ---------------------------------------------------------------------
# Small managers

class closing(AbstractContextManager):
    """Calls thing.close() on exit."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Awaits thing.aclose() on exit."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A stack, so that one manager can be entered again while in use.
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Sends what is written to sys.stdout to another file object."""
    _stream = 'stdout'


class redirect_stderr(_RedirectStream):
    """Sends what is written to sys.stderr to another file object."""
    _stream = 'stderr'


class suppress(AbstractContextManager):
    """Suppresses the given exception types (also inside exception groups)
    raised in its body."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return
        if issubclass(exctype, self._exceptions):
            return True
        if issubclass(exctype, BaseExceptionGroup):
            match, rest = excinst.split(self._exceptions)
            if rest is None:
                return True
            raise rest
        return False


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Does nothing; `with nullcontext(x) as y` binds y to x."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


# ---------------------------------------------------------------------
# ExitStack and AsyncExitStack

def _describe(cls):
    return f'{cls.__module__}.{cls.__qualname__}'


def _bound_exit(cm, cm_exit):
    # For __aexit__ too: the caller awaits what it returns.
    def exit_wrapper(exc_type, exc, tb):
        return cm_exit(cm, exc_type, exc, tb)
    return exit_wrapper


def _callback_exit(callback, args, kwds):
    def exit_wrapper(exc_type, exc, tb):
        callback(*args, **kwds)
    exit_wrapper.__wrapped__ = callback
    return exit_wrapper


def _async_callback_exit(callback, args, kwds):
    async def exit_wrapper(exc_type, exc, tb):
        await callback(*args, **kwds)
    exit_wrapper.__wrapped__ = callback
    return exit_wrapper


def _fix_context(new_exc, old_exc, frame_exc):
    """Chains new_exc to old_exc as if old_exc had been raised where the
    stack unwinds: the innermost link above frame_exc gets old_exc as its
    __context__."""
    while True:
        context = new_exc.__context__
        if context is None or context is old_exc:
            return
        if context is frame_exc:
            break
        new_exc = context
    new_exc.__context__ = old_exc


def _reraise(exc):
    # Raising sets __context__ to the exception being handled; keep the
    # context the callbacks' chain gave it.
    context = exc.__context__
    try:
        raise exc
    except BaseException:
        exc.__context__ = context
        raise


class _BaseExitStack:
    """The callback stack shared by ExitStack and AsyncExitStack."""

    def __init__(self):
        self._exit_callbacks = deque()

    def pop_all(self):
        """Moves the callbacks to a new stack of the same type and
        returns it."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = deque()
        return new_stack

    def push(self, exit):
        """Adds a context manager's __exit__, or a callable with the same
        signature, to be called on exit.  Returns exit."""
        try:
            exit_method = type(exit).__exit__
        except AttributeError:
            self._exit_callbacks.append((True, exit))
        else:
            self._exit_callbacks.append((True, _bound_exit(exit, exit_method)))
        return exit

    def enter_context(self, cm):
        """Enters cm and pushes its __exit__; returns what __enter__
        returned."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise TypeError(f"'{_describe(cls)}' object does not support "
                            'the context manager protocol') from None
        result = enter(cm)
        self._exit_callbacks.append((True, _bound_exit(cm, exit)))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Registers callback(*args, **kwds) to be called on exit; returns
        callback, so this can be used as a decorator."""
        self._exit_callbacks.append((True, _callback_exit(callback, args, kwds)))
        return callback


class ExitStack(_BaseExitStack, AbstractContextManager):
    """Runs a dynamic set of exit callbacks, last in first out, when the
    with block ends or close() is called."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = sys.exception()
        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed_exc = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except BaseException as exc:
                _fix_context(exc, exc_details[1], frame_exc)
                pending_raise = True
                exc_details = (type(exc), exc, exc.__traceback__)
        if pending_raise:
            _reraise(exc_details[1])
        return received_exc and suppressed_exc

    def close(self):
        """Calls every callback now."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """ExitStack for async code: takes async context managers and
    coroutine callbacks too, and is used with `async with`."""

    async def enter_async_context(self, cm):
        """Enters the async context manager cm and pushes its
        __aexit__."""
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise TypeError(f"'{_describe(cls)}' object does not support "
                            'the asynchronous context manager protocol') from None
        result = await enter(cm)
        self._exit_callbacks.append((False, _bound_exit(cm, exit)))
        return result

    def push_async_exit(self, exit):
        """Adds an async context manager's __aexit__, or a coroutine
        function with the same signature."""
        try:
            exit_method = type(exit).__aexit__
        except AttributeError:
            self._exit_callbacks.append((False, exit))
        else:
            self._exit_callbacks.append((False, _bound_exit(exit, exit_method)))
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Registers the coroutine function call callback(*args, **kwds)
        to be awaited on exit."""
        self._exit_callbacks.append((False, _async_callback_exit(callback, args, kwds)))
        return callback

    async def aclose(self):
        """Calls and awaits every callback now."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = sys.exception()
        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if is_sync:
                    cb_suppress = cb(*exc_details)
                else:
                    cb_suppress = await cb(*exc_details)
                if cb_suppress:
                    suppressed_exc = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except BaseException as exc:
                _fix_context(exc, exc_details[1], frame_exc)
                pending_raise = True
                exc_details = (type(exc), exc, exc.__traceback__)
        if pending_raise:
            _reraise(exc_details[1])
        return received_exc and suppressed_exc
