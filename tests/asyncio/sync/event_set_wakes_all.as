# set() wakes every waiter, in the order they started waiting; wait() on a
# set event returns True at once.
import asyncio


async def waiter(name, event):
    print(f'{name} waits')
    result = await event.wait()
    print(f'{name} woke with {result}, is_set={event.is_set()}')


async def main():
    event = asyncio.Event()
    print(repr(event), event.is_set())
    tasks = [asyncio.create_task(waiter(n, event)) for n in ('a', 'b', 'c')]
    await asyncio.sleep(0)
    print(repr(event))
    event.set()
    print('set:', repr(event))
    event.set()
    await asyncio.gather(*tasks)
    print('after:', repr(event))
    print('late wait:', await event.wait())


asyncio.run(main())
