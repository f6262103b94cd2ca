# The awaiting task is cancelled, then the shielded task fails; its
# exception is still available on the task.
import asyncio


async def failing():
    await asyncio.sleep(1)
    print('failing: raising')
    raise ValueError('late failure')


async def caller(inner):
    await asyncio.shield(inner)


async def main():
    inner = asyncio.create_task(failing())
    t = asyncio.create_task(caller(inner))
    await asyncio.sleep(0.5)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('caller cancelled')
    await asyncio.sleep(1)
    print('inner done?', inner.done(), repr(inner.exception()))


asyncio.run(main())
