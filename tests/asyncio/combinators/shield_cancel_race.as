# The task awaiting shield() is cancelled 0, 1, 2 and 3 loop iterations
# after it started; the shielded task always runs to the end.
import asyncio


async def inner_work():
    for i in range(3):
        print('  inner step', i)
        await asyncio.sleep(0)
    print('  inner done')
    return 'inner result'


async def outer(holder):
    holder.append(asyncio.create_task(inner_work()))
    try:
        r = await asyncio.shield(holder[0])
        print('  outer got', r)
    except asyncio.CancelledError:
        print('  outer cancelled')
        raise


async def main():
    for k in range(5):
        print('cancel after', k, 'iterations')
        holder = []
        t = asyncio.create_task(outer(holder))
        for _ in range(k):
            await asyncio.sleep(0)
        print('  cancel() ->', t.cancel())
        try:
            await t
        except asyncio.CancelledError:
            print('  task cancelled')
        if holder:
            print('  inner result:', await holder[0])


asyncio.run(main())
