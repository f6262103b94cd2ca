# Task.set_name stores str(value) as the name that get_name returns
import asyncio


async def idle():
    await asyncio.sleep(1)


async def main():
    task = asyncio.create_task(idle())
    task.set_name('worker')
    print(task.get_name())
    task.set_name(404)
    print(repr(task.get_name()))
    task.set_name(None)
    print(repr(task.get_name()))
    await task


asyncio.run(main())
