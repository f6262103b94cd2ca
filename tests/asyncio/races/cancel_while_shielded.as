# cancelling a task awaiting shield(inner) interrupts the awaiter only; inner runs to the end
import asyncio


async def inner():
    print('inner starts')
    await asyncio.sleep(2)
    print('inner finishes at', asyncio.get_running_loop().time())
    return 'inner result'


async def outer(child):
    try:
        await asyncio.shield(child)
    except asyncio.CancelledError:
        print('outer cancelled at', asyncio.get_running_loop().time())
        raise


async def main():
    child = asyncio.create_task(inner())
    parent = asyncio.create_task(outer(child))
    await asyncio.sleep(1)
    parent.cancel()
    print('child result', await child, 'parent cancelled', parent.cancelled())


asyncio.run(main())
