# Without return_exceptions the first exception propagates at once; the
# other children keep running, and their later exceptions count as
# retrieved (nothing is reported at the end).
import asyncio


async def fail(name, delay):
    await asyncio.sleep(delay)
    print(name, 'raises')
    raise ValueError(name)


async def slow():
    await asyncio.sleep(0.5)
    print('slow finishes')
    return 'slow'


async def main():
    a = asyncio.create_task(fail('first', 0.1))
    b = asyncio.create_task(fail('second', 0.2))
    c = asyncio.create_task(slow())
    g = asyncio.gather(a, b, c)
    try:
        await g
    except ValueError as e:
        print('gather raised', repr(e))
    print('others still running:', b.done(), c.done())
    print('gather.cancel() now:', g.cancel())
    await asyncio.sleep(1)
    print('b:', b.done(), 'c:', c.result())


asyncio.run(main())
