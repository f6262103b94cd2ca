# An exception in the body cancels the tasks; it ends up in the
# ExceptionGroup after the tasks' own errors.
import asyncio


async def job(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise


async def bad_on_cancel():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise OSError('cleanup failed')


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('t1'))
            await asyncio.sleep(0.5)
            1 / 0
    except Exception as e:
        print(repr(e))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad_on_cancel())
            await asyncio.sleep(0.5)
            raise LookupError('body')
    except Exception as e:
        print(repr(e))


asyncio.run(main())
