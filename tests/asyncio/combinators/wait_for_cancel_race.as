# The task in wait_for is cancelled 0, 1, 2 and 3 loop iterations after it
# started.
import asyncio


async def inner():
    try:
        for i in range(3):
            print('  inner step', i)
            await asyncio.sleep(0)
        return 'inner result'
    except asyncio.CancelledError:
        print('  inner cancelled')
        raise


async def waiter():
    try:
        print('  waiter got', await asyncio.wait_for(inner(), 1))
    except asyncio.CancelledError:
        print('  waiter cancelled')
        raise


async def main():
    for k in range(6):
        print('cancel after', k, 'iterations')
        t = asyncio.create_task(waiter())
        for _ in range(k):
            await asyncio.sleep(0)
        print('  cancel() ->', t.cancel())
        try:
            await t
        except asyncio.CancelledError:
            print('  task cancelled')


asyncio.run(main())
