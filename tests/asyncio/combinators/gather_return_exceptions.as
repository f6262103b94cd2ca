# With return_exceptions=True exceptions and cancellations are returned in
# the results list and gather waits for every child.  A cancelled Task
# shows as CancelledError(); a cancelled plain Future keeps its message.
import asyncio


async def ok(x):
    await asyncio.sleep(0.1 * x)
    return x


async def bad(x):
    await asyncio.sleep(0.1 * x)
    raise KeyError(x)


async def main():
    loop = asyncio.get_running_loop()
    victim = asyncio.create_task(ok(10))
    f = loop.create_future()
    plain = loop.create_future()
    loop.call_later(0.1, victim.cancel, 'task msg')
    loop.call_later(0.2, f.cancel, 'future msg')
    loop.call_later(0.3, plain.cancel)
    results = await asyncio.gather(ok(3), bad(1), victim, f, plain, bad(4),
                                   return_exceptions=True)
    for r in results:
        print(type(r).__name__, repr(r))
    print('time', loop.time())


asyncio.run(main())
