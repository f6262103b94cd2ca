# The task awaiting gather is cancelled 0, 1, 2 and 3 loop iterations after
# it started; watch what each child managed to do.
import asyncio


async def child(name, steps):
    try:
        for i in range(steps):
            print('  ', name, 'step', i)
            await asyncio.sleep(0)
        print('  ', name, 'done')
        return name
    except asyncio.CancelledError:
        print('  ', name, 'cancelled')
        raise


async def parent():
    try:
        r = await asyncio.gather(child('x', 1), child('y', 3))
        print('  gather returned', r)
    except asyncio.CancelledError:
        print('  parent cancelled')
        raise


async def main():
    for k in range(5):
        print('cancel after', k, 'iterations')
        t = asyncio.create_task(parent())
        for _ in range(k):
            await asyncio.sleep(0)
        print('  cancel() ->', t.cancel())
        try:
            await t
        except asyncio.CancelledError:
            print('  task cancelled:', t.cancelled())
        await asyncio.sleep(1)


asyncio.run(main())
