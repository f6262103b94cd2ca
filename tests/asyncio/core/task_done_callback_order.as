# a task's done callbacks and the wake-up of its awaiter run in registration order
import asyncio


async def child():
    await asyncio.sleep(1)
    return 'child result'


async def waiter(task):
    print('waiter got', await task)


async def main():
    task = asyncio.create_task(child())
    task.add_done_callback(lambda t: print('callback 1', t.result()))
    w = asyncio.create_task(waiter(task))
    await asyncio.sleep(0)
    task.add_done_callback(lambda t: print('callback 2', t.result()))
    await w


asyncio.run(main())
