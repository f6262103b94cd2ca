import sys
def g():
    print('gen sees', repr(sys.exception()))
    yield 1
    print('gen resumed sees', repr(sys.exception()))
    yield 2
it = g()
try:
    raise ValueError('v')
except ValueError:
    next(it)
try:
    raise KeyError('k')
except KeyError:
    next(it)
def h():
    try:
        raise TypeError('inner')
    except TypeError:
        yield sys.exception()
        print('after yield', repr(sys.exception()))
x = h()
print(repr(next(x)), repr(sys.exception()))
try:
    raise ValueError('outer')
except ValueError:
    next(x, None)

# A bare raise in a generator re-raises its resumer's exception.
def reraiser():
    raise
    yield
try:
    raise KeyError('bare')
except KeyError:
    try:
        next(reraiser())
    except KeyError as e:
        print('bare raise in gen', repr(e))

# A value thrown in chains only to what the generator itself handles.
def plain():
    yield
it = plain()
next(it)
try:
    raise KeyError('outer')
except KeyError:
    try:
        it.throw(ValueError('v'))
    except ValueError as e:
        print('thrown, context', repr(e.__context__))
def handling():
    try:
        raise KeyError('local')
    except KeyError:
        yield
it = handling()
next(it)
try:
    it.throw(ValueError('v'))
except ValueError as e:
    print('thrown, context', repr(e.__context__))

# Coroutines awaited in an except block (or from __aexit__) see it too.
import asyncio

async def failing():
    print('in failing', repr(sys.exception()))
    raise IndexError('x')

class Manager:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *exc):
        print('in __aexit__', repr(sys.exception()))
        await failing()

async def inner():
    await asyncio.sleep(0)
    print('inner', repr(sys.exception()), sys.exc_info()[0])

async def main():
    try:
        raise ValueError('v')
    except ValueError:
        await inner()
    try:
        async with Manager():
            raise ValueError('body')
    except IndexError as e:
        print('context', repr(e.__context__))

asyncio.run(main())
