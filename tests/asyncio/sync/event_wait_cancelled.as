# A cancelled wait() leaves the event's waiter list; a wait with a timeout
# gives up; the other waiters are not disturbed.
import asyncio


async def waiter(name, event):
    try:
        await event.wait()
        print(f'{name} woke')
    except asyncio.CancelledError:
        print(f'{name} cancelled, {event!r}')
        raise


async def main():
    event = asyncio.Event()
    a = asyncio.create_task(waiter('a', event))
    b = asyncio.create_task(waiter('b', event))
    await asyncio.sleep(0)
    print(repr(event))
    a.cancel()
    try:
        await asyncio.wait_for(event.wait(), 0.25)
    except TimeoutError:
        print('main timed out at', asyncio.get_running_loop().time(), repr(event))
    event.set()
    await b
    print('a cancelled:', a.cancelled(), '| b done:', b.done())


asyncio.run(main())
