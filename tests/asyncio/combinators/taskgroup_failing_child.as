# A failing task cancels its siblings and the body; the group raises an
# ExceptionGroup holding the error, which `except Exception` catches.
import asyncio


async def sibling():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('sibling cancelled')
        raise


async def failing():
    await asyncio.sleep(1)
    print('failing raises')
    raise ValueError('bad value')


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling())
            tg.create_task(failing())
            try:
                await asyncio.sleep(5)
            except asyncio.CancelledError:
                print('body cancelled', repr(tg))
                raise
    except Exception as e:
        print(type(e).__name__, repr(e))
        print('str:', e)
        print('message:', e.message)
        print('exceptions:', e.exceptions)
        print('is a BaseException group?', isinstance(e, BaseException))
    print('cancelling:', asyncio.current_task().cancelling())
    print('time', asyncio.get_running_loop().time())


asyncio.run(main())
