# notify() wakes one waiter at a time, oldest first; a woken waiter returns
# from wait() only once it holds the lock again.
import asyncio


async def waiter(name, cond):
    async with cond:
        print(f'{name} waits')
        result = await cond.wait()
        print(f'{name} woke with {result}, locked={cond.locked()}')


async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(waiter(n, cond)) for n in ('a', 'b', 'c')]
    await asyncio.sleep(0)
    print(repr(cond))
    for i in range(3):
        async with cond:
            print('notify one')
            cond.notify()
            print(repr(cond))
            await asyncio.sleep(0)
            print('notifier still holds the lock')
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    print(repr(cond))


asyncio.run(main())
