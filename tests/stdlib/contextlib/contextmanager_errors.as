from contextlib import contextmanager

@contextmanager
def no_yield():
    if False:
        yield

@contextmanager
def two_yields():
    yield 1
    yield 2

@contextmanager
def keeps_going():
    try:
        yield
    except ValueError:
        yield

@contextmanager
def passes_stop():
    yield

@contextmanager
def raises_other():
    try:
        yield
    except ValueError:
        raise TypeError('other')

def attempt(label, make, exc=None):
    try:
        with make():
            if exc is not None:
                raise exc
        print(label, 'ok')
    except BaseException as e:
        print(label, type(e).__name__ + ':', e, '| context:', repr(e.__context__))

attempt('no_yield', no_yield)
attempt('two_yields', two_yields)
attempt('keeps_going', keeps_going, ValueError('v'))
stop = StopIteration('stop')
attempt('stop', passes_stop, stop)
attempt('runtime', passes_stop, RuntimeError('rt'))
attempt('other', raises_other, ValueError('v'))
attempt('keyboard', passes_stop, KeyboardInterrupt())

# StopIteration raised in the body reaches the caller unchanged.
try:
    with passes_stop():
        raise stop
except StopIteration as e:
    print('same StopIteration', e is stop)

# An exception class with no instance: __exit__ makes one.
m = passes_stop()
m.__enter__()
try:
    m.__exit__(ValueError, None, None)
except ValueError as e:
    print('made', repr(e))

m = two_yields()
m.__enter__()
try:
    m.__exit__(None, None, None)
except RuntimeError as e:
    print(e)
