# The task owning a TaskGroup is cancelled 0, 1, 2 and 3 loop iterations
# after it started: the children are cancelled and CancelledError
# propagates.
import asyncio


async def child(name, steps):
    try:
        for i in range(steps):
            print('  ', name, 'step', i)
            await asyncio.sleep(0)
        print('  ', name, 'done')
    except asyncio.CancelledError:
        print('  ', name, 'cancelled')
        raise


async def owner():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child('c', 3))
            await asyncio.sleep(0)
            print('  body done')
        print('  group done')
    except asyncio.CancelledError:
        print('  owner cancelled')
        raise


async def main():
    for k in range(6):
        print('cancel after', k, 'iterations')
        t = asyncio.create_task(owner())
        for _ in range(k):
            await asyncio.sleep(0)
        print('  cancel() ->', t.cancel())
        try:
            await t
        except asyncio.CancelledError:
            print('  task cancelled, cancelling =', t.cancelling())


asyncio.run(main())
