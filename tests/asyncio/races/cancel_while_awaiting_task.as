# cancelling a task that awaits another task cancels the awaited task as well
import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('inner cancelled at', asyncio.get_running_loop().time())
        raise


async def outer(child):
    try:
        await child
    except asyncio.CancelledError:
        print('outer cancelled')
        raise


async def main():
    child = asyncio.create_task(inner())
    parent = asyncio.create_task(outer(child))
    await asyncio.sleep(1)
    parent.cancel()
    await asyncio.sleep(0)
    print('child cancelled', child.cancelled(), 'parent done', parent.done())
    await asyncio.sleep(0)
    print('parent cancelled', parent.cancelled())


asyncio.run(main())
