# asyncio.run's main task starts from a copy of the caller's context
import asyncio
import contextvars

mode = contextvars.ContextVar('mode', default='default')


async def main():
    print('main sees', mode.get())
    mode.set('set inside main')


mode.set('set before run')
asyncio.run(main())
print('after run', mode.get())
