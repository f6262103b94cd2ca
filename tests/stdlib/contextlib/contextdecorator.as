import asyncio
from contextlib import ContextDecorator, AsyncContextDecorator

class traced(ContextDecorator):
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        print('start', self.label)
        return self
    def __exit__(self, *exc):
        print('end', self.label, exc[0].__name__ if exc[0] else None)
        return False

@traced('f')
def f(x):
    """f's doc"""
    print('f body', x)
    return x * 10

print(f(1))
print(f.__name__, f.__doc__)
try:
    @traced('g')
    def g():
        raise ValueError('g failed')
    g()
except ValueError as e:
    print('caught', e)
with traced('block'):
    print('in block')

class atraced(AsyncContextDecorator):
    async def __aenter__(self):
        print('astart')
        return self
    async def __aexit__(self, *exc):
        print('aend')

@atraced()
async def job(n):
    await asyncio.sleep(0)
    return n + 1

async def main():
    print(await job(1))

asyncio.run(main())
