# Task.get_context returns the context the task runs in, holding the task's own sets
import asyncio
import contextvars

tag = contextvars.ContextVar('tag', default='')


async def work():
    tag.set('from task')


async def main():
    ctx = contextvars.copy_context()
    task = asyncio.create_task(work(), context=ctx)
    print('same context object', task.get_context() is ctx)
    await task
    print('task context holds', task.get_context()[tag])
    print('main holds', repr(tag.get()))


asyncio.run(main())
