# a coroutine awaited directly shares its caller's context, so its sets are visible after
import asyncio
import contextvars

stage = contextvars.ContextVar('stage', default='start')


async def advance():
    stage.set('advanced')
    await asyncio.sleep(0)


async def main():
    await advance()
    print('after await', stage.get())
    await asyncio.create_task(advance())
    stage.set('main only')
    print('after task', stage.get())


asyncio.run(main())
