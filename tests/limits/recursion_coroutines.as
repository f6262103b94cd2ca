# A coroutine awaiting a new coroutine of itself without end raises
# RecursionError (each awaited coroutine counts as a frame), in a task
# and in asyncio.run's main coroutine alike; the loop carries on.
import asyncio

async def down(n):
    return await down(n + 1)

async def depth(n):
    if n == 0:
        return 0
    return 1 + await depth(n - 1)

async def guarded():
    try:
        await down(0)
    except RecursionError as e:
        return "caught: " + str(e)

async def main():
    print(await depth(500))
    print(await guarded())
    task = asyncio.create_task(down(0))
    try:
        await task
    except RecursionError as e:
        print("task:", e)
    print(task.done(), type(task.exception()).__name__)
    results = await asyncio.gather(down(0), depth(100), return_exceptions=True)
    print([type(r).__name__ for r in results])
    await asyncio.sleep(1)
    print("loop alive")

asyncio.run(main())

try:
    asyncio.run(down(0))
except RecursionError as e:
    print("run:", e)
