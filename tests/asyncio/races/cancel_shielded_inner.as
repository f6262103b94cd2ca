# cancelling the task inside a shield does reach the task awaiting the shield
import asyncio


async def inner():
    await asyncio.sleep(5)


async def outer(child):
    try:
        await asyncio.shield(child)
    except asyncio.CancelledError:
        print('outer got CancelledError at', asyncio.get_running_loop().time())
    return 'outer handled it'


async def main():
    child = asyncio.create_task(inner())
    parent = asyncio.create_task(outer(child))
    await asyncio.sleep(1)
    child.cancel()
    print(await parent, 'child cancelled', child.cancelled())


asyncio.run(main())
