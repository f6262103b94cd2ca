# Task.get_coro returns the wrapped coroutine object, before and after the task finishes
import asyncio


async def compute():
    return 6 * 7


async def main():
    coro = compute()
    task = asyncio.create_task(coro)
    print('same coroutine', task.get_coro() is coro)
    print('result', await task)
    print('still the same', task.get_coro() is coro)
    print('coroutine name', task.get_coro().__name__)


asyncio.run(main())
