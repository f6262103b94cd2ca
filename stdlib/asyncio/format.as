"""The reprs of futures, tasks and handles, and callback descriptions.

The C types call these (src/task.c, src/loop.c): the formatting is easier
to get exactly like CPython's in aster than in C."""

import reprlib


def _callable_name(fn):
    name = getattr(fn, '__qualname__', None) or getattr(fn, '__name__', None)
    return name if name else repr(fn)


def callback_source(fn, args):
    """'f(arg, ...) at FILE:LINE', the source only for plain functions."""
    text = _callable_name(fn) + '(' + ', '.join(reprlib.repr(a) for a in args) + ')'
    if type(fn).__name__ == 'function':
        code = fn.__code__
        text += f' at {code.co_filename}:{code.co_firstlineno}'
    return text


def _callbacks_info(callbacks):
    shown = [callback_source(cb, ()) for cb in callbacks]
    if len(shown) > 2:
        shown = [shown[0], f'<{len(shown) - 2} more>', shown[-1]]
    return 'cb=[' + ', '.join(shown) + ']'


def _future_info(fut):
    info = [fut._state.lower()]
    if fut._state == 'FINISHED':
        if fut._exception is not None:
            info.append(f'exception={fut._exception!r}')
        else:
            info.append(f'result={reprlib.repr(fut._result)}')
    if fut._callbacks:
        info.append(_callbacks_info(fut._callbacks))
    return info


def future_repr(fut):
    return '<{} {}>'.format(type(fut).__name__, ' '.join(_future_info(fut)))


def coroutine_repr(coro):
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    name = f'{name}()' if name else f'<{type(coro).__name__} without __name__>()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if code is None:
        return name
    frame = getattr(coro, 'cr_frame', None) or getattr(coro, 'gi_frame', None)
    if frame is not None:
        return f'{name} running at {code.co_filename}:{frame.f_lineno}'
    return f'{name} done, defined at {code.co_filename}:{code.co_firstlineno}'


def task_repr(task):
    info = _future_info(task)
    if task.cancelling() and not task.done():
        info[0] = 'cancelling'
    extra = [f'coro=<{coroutine_repr(task.get_coro())}>']
    if task._fut_waiter is not None:
        extra.append(f'wait_for={task._fut_waiter!r}')
    info[1:1] = extra
    return '<{} {}>'.format(type(task).__name__, ' '.join(info))


def handle_repr(handle):
    info = [type(handle).__name__]
    if handle._cancelled:
        info.append('cancelled')
    if hasattr(handle, '_when'):
        info.append(f'when={handle._when}')
    if handle._callback is not None:
        info.append(callback_source(handle._callback, handle._args))
    return '<{}>'.format(' '.join(info))


def print_stack(task, limit, file):
    """Task.print_stack(): the task's frames like a traceback."""
    import sys
    if file is None:
        file = sys.stderr
    entries = []
    for frame in task.get_stack(limit=limit):
        code = frame.f_code
        entries.append((code.co_filename, frame.f_lineno, code.co_name,
                        _source_line(code.co_filename, frame.f_lineno)))
    exc = task._exception
    if not entries:
        print(f'No stack for {task!r}', file=file)
    elif exc is not None:
        print(f'Traceback for {task!r} (most recent call last):', file=file)
    else:
        print(f'Stack for {task!r} (most recent call last):', file=file)
    for filename, lineno, name, line in entries:
        print(f'  File "{filename}", line {lineno}, in {name}', file=file)
        if line:
            print(f'    {line}', file=file)
    if exc is not None:
        text = str(exc)
        name = type(exc).__qualname__
        module = type(exc).__module__
        if module not in ('builtins', '__main__'):
            name = module + '.' + name
        print(f'{name}: {text}' if text else name, file=file)


def _source_line(filename, lineno):
    try:
        with open(filename) as f:
            for number, line in enumerate(f, 1):
                if number == lineno:
                    return line.strip()
    except OSError:
        pass
    return ''
