import asyncio
from contextlib import asynccontextmanager

@asynccontextmanager
async def connection(name):
    """An async resource."""
    await asyncio.sleep(0.1)
    print('open', name)
    try:
        yield name + '-conn'
    finally:
        await asyncio.sleep(0.1)
        print('close', name)

@asynccontextmanager
async def no_yield():
    if False:
        yield

@asynccontextmanager
async def two_yields():
    yield 1
    yield 2

@asynccontextmanager
async def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))

@asynccontextmanager
async def passes():
    yield

@asynccontextmanager
async def keeps_going():
    try:
        yield
    except ValueError:
        yield

async def attempt(label, make, exc=None):
    try:
        async with make():
            if exc is not None:
                raise exc
        print(label, 'ok')
    except BaseException as e:
        print(label, type(e).__name__ + ':', e)

@connection('decorated')
async def job(x):
    print('job', x)
    return x + 1

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with connection('db') as conn:
        print('using', conn)
    print(round(loop.time() - start, 2))
    try:
        async with connection('x'):
            raise ValueError('bad')
    except ValueError as e:
        print('caught', e)
    async with swallow():
        raise KeyError('k')
    await attempt('no_yield', no_yield)
    await attempt('two_yields', two_yields)
    await attempt('keeps_going', keeps_going, ValueError('v'))
    await attempt('stop', passes, StopAsyncIteration('s'))
    await attempt('stopiter', passes, StopIteration('s'))
    print(await job(1), await job(2))
    print(connection.__name__, connection.__doc__)

asyncio.run(main())
