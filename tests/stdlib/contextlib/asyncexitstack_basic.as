import asyncio
from contextlib import AsyncExitStack, asynccontextmanager, contextmanager

@asynccontextmanager
async def aresource(name):
    print('aenter', name)
    try:
        yield name
    finally:
        await asyncio.sleep(0)
        print('aexit', name)

@contextmanager
def resource(name):
    print('enter', name)
    try:
        yield name
    finally:
        print('exit', name)

async def acb(*args, **kwds):
    await asyncio.sleep(0)
    print('async callback', args, kwds)

async def aexit_cb(exc_type, exc, tb):
    print('aexit_cb sees', exc_type.__name__ if exc_type else None)
    return exc_type is KeyError

class AManager:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *exc):
        print('AManager.__aexit__', exc[0])

def chain(e):
    names = []
    while e is not None:
        names.append(repr(e))
        e = e.__context__
    return ' <- '.join(names)

async def failing(*exc):
    raise IndexError('from async callback')

async def main():
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(aresource('a'))
        b = stack.enter_context(resource('b'))
        print(a, b)
        print(stack.push_async_callback(acb, 1, k=2) is acb)
        stack.callback(print, 'sync callback')
    async with AsyncExitStack() as stack:
        stack.push_async_exit(aexit_cb)
        m = AManager()
        print(stack.push_async_exit(m) is m)
        raise KeyError('suppressed')
    print('suppressed KeyError')
    async with AsyncExitStack() as stack:
        await stack.enter_async_context(aresource('moved'))
        moved = stack.pop_all()
    print('before aclose', type(moved).__name__)
    await moved.aclose()
    try:
        async with AsyncExitStack() as stack:
            stack.push_async_exit(failing)
            stack.callback(print, 'first')
            raise ValueError('body')
    except BaseException as e:
        print(chain(e))
    try:
        await AsyncExitStack().enter_async_context(resource('sync'))
    except TypeError as e:
        print('TypeError:', e)
    try:
        AsyncExitStack().enter_context(AManager())
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
