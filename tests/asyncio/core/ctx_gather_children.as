# each coroutine given to gather runs in its own copy of the caller's context
import asyncio
import contextvars

trace = contextvars.ContextVar('trace', default=())


async def step(name):
    trace.set(trace.get() + (name,))
    await asyncio.sleep(0)
    return trace.get()


async def main():
    trace.set(('main',))
    results = await asyncio.gather(step('a'), step('b'))
    print(results)
    print('main trace', trace.get())


asyncio.run(main())
