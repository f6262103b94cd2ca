# The waiting task is cancelled in the same loop iteration in which the
# timeout expires: the cancellation wins, no TimeoutError.
import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('inner cancelled')
        raise


async def waiter():
    try:
        await asyncio.wait_for(inner(), 1)
    except TimeoutError:
        print('waiter: TimeoutError')
    except asyncio.CancelledError:
        print('waiter: CancelledError')
        raise


async def main():
    loop = asyncio.get_running_loop()
    for order in ('cancel first', 'cancel second'):
        print(order)
        t = asyncio.create_task(waiter())
        await asyncio.sleep(0)
        if order == 'cancel first':
            loop.call_at(loop.time() + 1, t.cancel)
            await asyncio.sleep(0)
        else:
            await asyncio.sleep(0)
            loop.call_at(loop.time() + 1, t.cancel)
        try:
            await t
            print('waiter finished normally')
        except asyncio.CancelledError:
            print('waiter cancelled')


asyncio.run(main())
