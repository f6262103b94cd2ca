# a timeout expiring together with an outside cancel lets the CancelledError through
import asyncio


async def worker():
    me = asyncio.current_task()
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(10)
    except TimeoutError:
        print('TimeoutError (wrong)')
    except asyncio.CancelledError:
        print('CancelledError escapes the timeout, cancelling', me.cancelling())
        raise


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(worker())
    loop.call_later(1, task.cancel)
    await asyncio.gather(task, return_exceptions=True)
    print('task cancelled', task.cancelled(), 'at', loop.time())


asyncio.run(main())
