# Cancelling the task that waits in wait_for cancels the inner work and
# the cancellation propagates; it is never turned into TimeoutError.
import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print('inner cancelled', repr(e))
        raise


async def waiter():
    try:
        await asyncio.wait_for(inner(), 5)
    except TimeoutError:
        print('waiter: TimeoutError (wrong)')
    except asyncio.CancelledError as e:
        print('waiter: CancelledError', repr(e))
        raise


async def main():
    t = asyncio.create_task(waiter())
    await asyncio.sleep(1)
    t.cancel('go away')
    try:
        await t
    except asyncio.CancelledError:
        print('main: waiter cancelled', t.cancelled(), t.cancelling())


asyncio.run(main())
