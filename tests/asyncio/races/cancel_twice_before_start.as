# two cancels before the task runs again deliver a single CancelledError
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('first CancelledError caught')
    try:
        await asyncio.sleep(1)
        print('second await completed normally at', asyncio.get_running_loop().time())
    except asyncio.CancelledError:
        print('a second CancelledError (unexpected)')
    return 'worker done'


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0)
    print('cancel ->', task.cancel(), 'cancel ->', task.cancel())
    print('cancelling', task.cancelling())
    print(await task, 'cancelled()', task.cancelled())


asyncio.run(main())
