# A cancelled child makes gather raise CancelledError (the gather itself
# is not cancelled); the other children go on.
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, 'sees CancelledError')
        raise
    print(name, 'finished')
    return name


async def main():
    a = asyncio.create_task(child('a', 0.1))
    b = asyncio.create_task(child('b', 1))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0.05)
    a.cancel()
    try:
        await g
    except asyncio.CancelledError as e:
        print('gather raised', repr(e))
    print('gather cancelled?', g.cancelled(), 'done?', g.done())
    print('b done?', b.done())
    print('b result', await b)


asyncio.run(main())
