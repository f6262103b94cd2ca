# wait_for(predicate) checks the predicate first, waits again while it is
# false and returns its last value.
import asyncio

items = []


async def consumer(cond):
    async with cond:
        calls = []

        def ready():
            calls.append(len(items))
            return len(items) >= 3 and list(items)
        got = await cond.wait_for(ready)
        print('consumer got', got, 'predicate calls saw', calls)


async def main():
    cond = asyncio.Condition()
    async with cond:
        print('already true:', await cond.wait_for(lambda: 'yes'))
    task = asyncio.create_task(consumer(cond))
    for i in range(4):
        await asyncio.sleep(0.1)
        async with cond:
            items.append(i)
            print('produced', i)
            cond.notify()
    await task


asyncio.run(main())
