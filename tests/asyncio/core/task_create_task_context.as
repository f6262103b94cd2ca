# create_task(context=) runs the task in that exact context, so its changes stay there
import asyncio
import contextvars

level = contextvars.ContextVar('level', default='unset')


async def work():
    print('task sees', level.get())
    level.set('set by task')


async def main():
    level.set('main')
    ctx = contextvars.copy_context()
    ctx.run(level.set, 'private')
    await asyncio.create_task(work(), context=ctx)
    print('context now holds', ctx[level])
    print('main still sees', level.get())


asyncio.run(main())
