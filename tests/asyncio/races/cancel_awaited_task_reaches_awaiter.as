# when the awaited task is cancelled, its awaiter ends cancelled though nobody cancelled it
import asyncio


async def inner():
    await asyncio.sleep(10)


async def outer(child):
    await child
    print('never printed')


async def main():
    child = asyncio.create_task(inner())
    parent = asyncio.create_task(outer(child))
    await asyncio.sleep(1)
    child.cancel()
    await asyncio.sleep(0)
    print('child cancelled', child.cancelled(), 'parent done', parent.done())
    await asyncio.sleep(0)
    print('parent cancelled', parent.cancelled(), 'parent cancelling', parent.cancelling())


asyncio.run(main())
