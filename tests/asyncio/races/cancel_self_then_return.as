# a task that cancels itself and returns without awaiting still ends cancelled
import asyncio


async def worker():
    print('worker cancels itself ->', asyncio.current_task().cancel())
    print('worker returns a value anyway')
    return 'ignored'


async def main():
    task = asyncio.create_task(worker())
    try:
        print(await task)
    except asyncio.CancelledError:
        print('awaiting raised CancelledError; cancelled', task.cancelled())


asyncio.run(main())
