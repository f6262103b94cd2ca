# ensure_future wraps a coroutine in a new Task that starts on the next turn
import asyncio


async def job():
    print('job runs')
    return 5


async def main():
    task = asyncio.ensure_future(job())
    print('is a Task', isinstance(task, asyncio.Task), 'done', task.done())
    print('result', await task)


asyncio.run(main())
