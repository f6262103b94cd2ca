# Without cancellation of the caller, awaiting shield() gives the inner
# work's result, exception or cancellation.  A coroutine is wrapped in a
# task; a future that is already done is returned as it is.
import asyncio


async def value():
    await asyncio.sleep(0.1)
    return 42


async def boom():
    await asyncio.sleep(0.1)
    raise RuntimeError('boom')


async def main():
    print(await asyncio.shield(value()))
    try:
        await asyncio.shield(boom())
    except RuntimeError as e:
        print('raised', repr(e))
    s = asyncio.shield(value())
    print(type(s).__name__, s.done())
    print(await s, s.done())

    inner = asyncio.create_task(value())
    outer = asyncio.shield(inner)
    await asyncio.sleep(0.05)
    inner.cancel()
    try:
        await outer
    except asyncio.CancelledError as e:
        print('outer raised', repr(e))
    print('outer cancelled?', outer.cancelled())

    f = asyncio.get_running_loop().create_future()
    f.set_result('ready')
    print(asyncio.shield(f) is f)


asyncio.run(main())
