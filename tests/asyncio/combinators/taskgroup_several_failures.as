# Errors raised while the group is already shutting down are collected
# too, in the order the tasks finished.
import asyncio


async def fails_at(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def fails_on_cancel():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise KeyError('while cancelling')


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails_at(1, ValueError(1)))
            tg.create_task(fails_at(1, TypeError(2)))
            tg.create_task(fails_on_cancel())
    except Exception as e:
        print(repr(e))
        print(e)
        print([type(x).__name__ for x in e.exceptions])


asyncio.run(main())
