from contextlib import ExitStack

def raiser(exc):
    def cb(*args):
        raise exc
    return cb

def chain(e):
    names = []
    while e is not None:
        names.append(repr(e))
        e = e.__context__
    return ' <- '.join(names)

# Each callback's exception gets the previous one as __context__, as if
# nested with statements had raised them.
try:
    with ExitStack() as stack:
        stack.callback(raiser(KeyError(1)))
        stack.callback(raiser(IndexError(2)))
        stack.callback(raiser(AttributeError(3)))
        raise ValueError(0)
except BaseException as e:
    print(chain(e))

# A callback that suppresses an exception clears it for the rest.
def suppress_all(*exc):
    print('suppressing', repr(exc[1]))
    return True

try:
    with ExitStack() as stack:
        stack.callback(raiser(KeyError('outer')))
        stack.push(suppress_all)
        stack.callback(raiser(IndexError('inner')))
except BaseException as e:
    print(chain(e))

with ExitStack() as stack:
    stack.push(suppress_all)
    stack.callback(raiser(IndexError('only')))
print('all suppressed')

# The exception being handled around the with stays out of the chain.
try:
    raise TypeError('outside')
except TypeError:
    try:
        with ExitStack() as stack:
            stack.callback(raiser(KeyError('cb')))
            raise ValueError('body')
    except BaseException as e:
        print(chain(e))

try:
    with ExitStack() as stack:
        stack.callback(raiser(KeyError('only one')))
except KeyError as e:
    print(chain(e))
