# a task runs in a copy of the context current at its creation; its changes do not leak out
import asyncio
import contextvars

request = contextvars.ContextVar('request', default='none')


async def handler(name):
    print(name, 'sees', request.get())
    request.set(name + '-changed')
    await asyncio.sleep(0)
    print(name, 'after its own set', request.get())


async def main():
    request.set('req-1')
    first = asyncio.create_task(handler('first'))
    request.set('req-2')
    second = asyncio.create_task(handler('second'))
    await asyncio.gather(first, second)
    print('main still sees', request.get())


asyncio.run(main())
