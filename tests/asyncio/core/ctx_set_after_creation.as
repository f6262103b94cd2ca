# setting a variable after create_task, before the task starts, is not seen by the task
import asyncio
import contextvars

flag = contextvars.ContextVar('flag', default='default')


async def reader():
    print('task reads', flag.get())


async def main():
    task = asyncio.create_task(reader())
    flag.set('set after create_task')
    print('main reads', flag.get())
    await task


asyncio.run(main())
