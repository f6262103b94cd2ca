# A wait() cancelled while waiting for a notification takes the lock back
# before CancelledError leaves it; so does one cancelled after it was
# notified but while the notifier still holds the lock.
import asyncio


async def waiter(name, cond):
    async with cond:
        try:
            await cond.wait()
            print(f'{name} woke')
        except asyncio.CancelledError as e:
            print(f'{name} cancelled {e!r}, locked={cond.locked()}')
            raise
    print(f'{name} left the block, locked={cond.locked()}')


async def main():
    cond = asyncio.Condition()
    a = asyncio.create_task(waiter('a', cond))
    await asyncio.sleep(0)
    async with cond:
        a.cancel('stop a')
        await asyncio.sleep(0)
        print('main holds the lock while a is cancelled:', repr(cond))
    await asyncio.sleep(0)
    print('a cancelled:', a.cancelled())

    b = asyncio.create_task(waiter('b', cond))
    c = asyncio.create_task(waiter('c', cond))
    await asyncio.sleep(0)
    async with cond:
        cond.notify()
        await asyncio.sleep(0)
        b.cancel('stop b')
        await asyncio.sleep(0)
        print('main still holds the lock:', repr(cond))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    async with cond:
        cond.notify()
    await asyncio.gather(b, c, return_exceptions=True)
    print('b cancelled:', b.cancelled(), '| c cancelled:', c.cancelled())


asyncio.run(main())
