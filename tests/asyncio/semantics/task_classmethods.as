# golden: py37
# Task.current_task() and Task.all_tasks() are the 3.7 classmethods
import asyncio


async def child():
    await asyncio.sleep(1)


async def main():
    me = asyncio.Task.current_task()
    print(me is asyncio.current_task())
    kid = asyncio.ensure_future(child())
    print(len(asyncio.Task.all_tasks()), kid in asyncio.Task.all_tasks())
    await kid


asyncio.get_event_loop().run_until_complete(main())
