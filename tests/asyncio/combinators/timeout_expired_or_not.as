# asyncio.timeout(): at the deadline the block is cancelled and the
# `async with` raises TimeoutError; a block that finishes in time is left
# alone.  repr() and expired() follow the states.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    cm = asyncio.timeout(1.5)
    print(repr(cm), cm.when(), cm.expired())
    try:
        async with cm as entered:
            print('same object?', entered is cm)
            print(repr(cm), cm.expired())
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print('body cancelled at', loop.time(), repr(cm))
                raise
    except TimeoutError as e:
        print('TimeoutError', repr(e), type(e.__cause__).__name__)
    print(repr(cm), cm.expired())
    print('task cancelling:', asyncio.current_task().cancelling())

    async with asyncio.timeout(2) as cm:
        await asyncio.sleep(1)
    print(repr(cm), cm.expired(), loop.time())
    await asyncio.sleep(5)
    print('still fine at', loop.time())
    async with asyncio.timeout(None) as cm:
        print(repr(cm), cm.when())
        await asyncio.sleep(100)
    print(repr(cm), loop.time())


asyncio.run(main())
