# a new task's first step is queued with call_soon, after callbacks queued before it
import asyncio


async def body():
    print('task body runs')


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, 'callback queued before the task')
    task = asyncio.create_task(body())
    loop.call_soon(print, 'callback queued after the task')
    print('create_task returned, done =', task.done())
    await asyncio.sleep(0)
    print('main resumed, done =', task.done())


asyncio.run(main())
