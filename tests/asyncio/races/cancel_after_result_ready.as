# a cancel arriving after the awaited future got its result, but before the task woke, wins
import asyncio


async def waiter(fut):
    try:
        value = await fut
        print('waiter got', value)
    except asyncio.CancelledError:
        print('waiter cancelled; the result', fut.result(), 'is lost')
        raise


async def main():
    fut = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    fut.set_result('payload')
    print('cancel ->', task.cancel())
    await asyncio.sleep(0)
    print('task cancelled', task.cancelled())


asyncio.run(main())
