# Task.cancel(msg): the coroutine receives CancelledError whose args are (msg,)
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print('worker caught', e.args)
        raise


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(1)
    task.cancel('shutting down')
    try:
        await task
    except asyncio.CancelledError as e:
        print('awaiter caught', e.args, 'at', asyncio.get_running_loop().time())


asyncio.run(main())
