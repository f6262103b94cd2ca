# a task cancelled before its first step never runs its body, not even its finally
import asyncio


async def body():
    try:
        print('body runs (never)')
        await asyncio.sleep(1)
    finally:
        print('finally runs (never)')


async def main():
    task = asyncio.create_task(body())
    print('cancel ->', task.cancel())
    print('done right after cancel', task.done())
    await asyncio.sleep(0)
    print('after one turn: done', task.done(), 'cancelled', task.cancelled())


asyncio.run(main())
