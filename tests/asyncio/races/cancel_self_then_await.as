# a task that cancels itself gets CancelledError at its next await, not at the cancel call
import asyncio


async def worker():
    asyncio.current_task().cancel('self-inflicted')
    print('still running after cancel()')
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print('next await raised', e.args, 'at', asyncio.get_running_loop().time())
        raise


async def main():
    task = asyncio.create_task(worker())
    await asyncio.gather(task, return_exceptions=True)
    print('cancelled', task.cancelled())


asyncio.run(main())
