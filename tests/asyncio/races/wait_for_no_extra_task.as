# wait_for runs a coroutine inside the waiting task: no new task, no extra loop turn
import asyncio


async def inner():
    print('inner runs in', asyncio.current_task().get_name())
    return len(asyncio.all_tasks())


async def main():
    print('tasks seen inside', await asyncio.wait_for(inner(), timeout=5))
    task = asyncio.create_task(inner())
    print('next task name', task.get_name())
    await task


asyncio.run(main())
