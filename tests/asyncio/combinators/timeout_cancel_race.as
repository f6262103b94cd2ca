# A task inside `async with timeout()` is cancelled 0, 1, 2 and 3 loop
# iterations after it started; a timeout of 0 races with the steps too.
import asyncio


async def body(delay):
    try:
        async with asyncio.timeout(delay):
            for i in range(3):
                print('  step', i)
                await asyncio.sleep(0)
            print('  body done')
    except TimeoutError:
        print('  TimeoutError')
    except asyncio.CancelledError:
        print('  CancelledError')
        raise


async def main():
    for delay in (5, 0):
        for k in range(5):
            print('timeout', delay, 'cancel after', k, 'iterations')
            t = asyncio.create_task(body(delay))
            for _ in range(k):
                await asyncio.sleep(0)
            print('  cancel() ->', t.cancel())
            try:
                await t
            except asyncio.CancelledError:
                print('  task cancelled')


asyncio.run(main())
