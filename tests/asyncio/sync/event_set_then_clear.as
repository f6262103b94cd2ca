# set() followed at once by clear() still wakes the tasks that were waiting;
# a task that waits after clear() blocks until the next set().
import asyncio


async def waiter(name, event):
    await event.wait()
    print(f'{name} woke, is_set={event.is_set()}')


async def main():
    event = asyncio.Event()
    a = asyncio.create_task(waiter('a', event))
    b = asyncio.create_task(waiter('b', event))
    await asyncio.sleep(0)
    event.set()
    event.clear()
    print('set then cleared:', repr(event))
    c = asyncio.create_task(waiter('c', event))
    await asyncio.sleep(0)
    print('one turn later:', repr(event))
    await asyncio.sleep(0.1)
    print('c still waiting:', not c.done())
    event.set()
    await asyncio.gather(a, b, c)
    print(repr(event))


asyncio.run(main())
