# asyncio.to_thread runs a function on the default executor in a copy of
# the caller's context; its result or exception comes back to the task.
import asyncio
import contextvars
import threading

request = contextvars.ContextVar('request', default='none')


def work(a, b=0, *, scale=1):
    name = threading.current_thread().name
    return (a + b) * scale, request.get(), name.startswith('asyncio_'), name != 'MainThread'


def fails():
    raise ValueError('bad input')


def sets_var():
    request.set('changed in thread')
    return request.get()


async def main():
    request.set('r-1')
    print(await asyncio.to_thread(work, 1, 2, scale=10))
    print(await asyncio.to_thread(sets_var), request.get())
    try:
        await asyncio.to_thread(fails)
    except ValueError as e:
        print('ValueError:', e)
    results = await asyncio.gather(*(asyncio.to_thread(work, i) for i in range(5)))
    print([r[0] for r in results])


asyncio.run(main())
print('threads after run:', threading.active_count())
