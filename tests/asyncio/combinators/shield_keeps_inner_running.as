# Cancelling the task that awaits shield() leaves the inner task running;
# only the awaiting side sees CancelledError.
import asyncio


async def important():
    print('important: start')
    await asyncio.sleep(1)
    print('important: finished')
    return 'saved'


async def caller(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print('caller: cancelled, inner done?', inner.done())
        raise


async def main():
    inner = asyncio.create_task(important())
    t = asyncio.create_task(caller(inner))
    await asyncio.sleep(0.5)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('main: caller cancelled')
    print('inner cancelled?', inner.cancelled())
    print('inner result', await inner)


asyncio.run(main())
