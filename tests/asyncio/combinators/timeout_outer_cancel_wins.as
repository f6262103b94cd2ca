# When the task is also cancelled from outside, the timeout does not turn
# the cancellation into TimeoutError.
import asyncio


async def worker(loop):
    try:
        async with asyncio.timeout(1) as cm:
            await asyncio.sleep(10)
    except TimeoutError:
        print('TimeoutError (wrong)')
    except asyncio.CancelledError:
        print('CancelledError, expired:', cm.expired())
        raise


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(worker(loop))
    await asyncio.sleep(0.5)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('worker cancelled early')
    t = asyncio.create_task(worker(loop))
    await asyncio.sleep(0)
    # fires right after the timeout's own cancel, in the same iteration
    loop.call_at(loop.time() + 1, t.cancel)
    try:
        await t
    except asyncio.CancelledError:
        print('worker cancelled at the deadline')


asyncio.run(main())
