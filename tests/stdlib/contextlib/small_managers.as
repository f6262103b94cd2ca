import sys
import asyncio
from contextlib import (suppress, closing, aclosing, nullcontext,
                        redirect_stdout, redirect_stderr,
                        AbstractContextManager, AbstractAsyncContextManager)

with suppress(KeyError, IndexError):
    {}['x']
print('after KeyError')
with suppress(KeyError):
    pass
try:
    with suppress(KeyError):
        raise ValueError('not suppressed')
except ValueError as e:
    print('ValueError', e)
with suppress():
    pass
try:
    with suppress():
        raise KeyError('k')
except KeyError:
    print('empty suppress suppresses nothing')
with suppress(ValueError):
    raise ExceptionGroup('all', [ValueError(1), ValueError(2)])
print('group suppressed')
try:
    with suppress(ValueError):
        raise ExceptionGroup('mixed', [ValueError(1), TypeError(2)])
except ExceptionGroup as eg:
    print('rest:', repr(eg))

class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print('closed', self.name)
    async def aclose(self):
        print('aclosed', self.name)

with closing(Resource('r1')) as r:
    print('using', r.name)
try:
    with closing(Resource('r2')):
        raise ValueError('x')
except ValueError:
    print('error passed through')

with nullcontext() as n:
    print(n)
with nullcontext(42) as n:
    print(n)

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass

sink = Sink()
with redirect_stdout(sink) as target:
    print('captured', 1)
    print('captured', 2)
print(target is sink, ''.join(sink.parts).split('\n'))
err = Sink()
with redirect_stderr(err):
    print('to stderr', file=sys.stderr)
print(err.parts, sys.stdout is sys.__stdout__)

# One redirect object entered twice, nested.
again = Sink()
r = redirect_stdout(again)
with r:
    with r:
        print('inner')
    print('outer')
print(again.parts)

class Mine(AbstractContextManager):
    def __exit__(self, *exc):
        print('exit', exc[0])

with Mine() as m:
    print(type(m).__name__)

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print('agen finally')

class AMine(AbstractAsyncContextManager):
    async def __aexit__(self, *exc):
        print('aexit', exc[0])

async def main():
    async with aclosing(agen()) as g:
        async for v in g:
            print('got', v)
            break
    async with aclosing(Resource('r3')):
        pass
    async with nullcontext('async') as v:
        print(v)
    async with AMine() as a:
        print(type(a).__name__)

asyncio.run(main())
