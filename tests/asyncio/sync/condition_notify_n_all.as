# notify(n) wakes the n oldest waiters; notify_all() wakes the rest; n larger
# than the number of waiters is fine.
import asyncio


async def waiter(name, cond):
    async with cond:
        await cond.wait()
        print(f'{name} woke')


async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(waiter(n, cond)) for n in 'abcde']
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
        print('notify(2):', repr(cond))
    await asyncio.sleep(0.1)
    async with cond:
        cond.notify(0)
        print('notify(0):', repr(cond))
        cond.notify_all()
        print('notify_all:', repr(cond))
    await asyncio.gather(*tasks)
    async with cond:
        cond.notify(10)
    print('done', repr(cond))


asyncio.run(main())
