# create_task() refuses before the group is entered, after it finished and
# while it shuts down; a group cannot be entered twice.
import asyncio


async def nothing():
    pass


async def failing():
    raise ValueError('x')


async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    coro = nothing()
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro.close()
    async with tg:
        print(repr(tg))
        try:
            async with tg:
                pass
        except RuntimeError as e:
            print('RuntimeError:', e)
    coro = nothing()
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro.close()
    try:
        async with asyncio.TaskGroup() as tg2:
            tg2.create_task(failing())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print(repr(tg2))
                coro = nothing()
                try:
                    tg2.create_task(coro)
                except RuntimeError as e:
                    print('RuntimeError:', e)
                coro.close()
                raise
    except Exception as e:
        print(repr(e))


asyncio.run(main())
