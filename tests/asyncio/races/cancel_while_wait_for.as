# a cancel reaching a task inside wait_for cancels the inner work and raises CancelledError, not TimeoutError
import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('inner cancelled at', asyncio.get_running_loop().time())
        raise


async def outer():
    try:
        await asyncio.wait_for(inner(), timeout=5)
    except asyncio.TimeoutError:
        print('TimeoutError (wrong)')
    except asyncio.CancelledError:
        print('outer got CancelledError')
        raise


async def main():
    task = asyncio.create_task(outer())
    await asyncio.sleep(1)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    print('outer cancelled', task.cancelled())


asyncio.run(main())
