# The owning task is cancelled while __aexit__ waits for the child: the
# child is cancelled and the CancelledError propagates, unless the child
# fails while cancelling; its error then wins.
import asyncio


async def child(fail):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('child cancelled')
        if fail:
            raise RuntimeError('child cleanup failed')
        raise


async def owner(fail):
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(fail))
        print('group finished')
    except asyncio.CancelledError:
        print('owner: CancelledError')
        raise
    except Exception as e:
        print('owner:', repr(e))


async def main():
    for fail in (False, True):
        t = asyncio.create_task(owner(fail))
        await asyncio.sleep(1)
        t.cancel()
        try:
            await t
            print('owner returned; cancelled?', t.cancelled(),
                  'cancelling', t.cancelling())
        except asyncio.CancelledError:
            print('owner cancelled')


asyncio.run(main())
