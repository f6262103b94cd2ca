# one gathered child cancelled directly makes gather raise CancelledError; the others keep running
import asyncio


async def child(name, delay):
    await asyncio.sleep(delay)
    print(name, 'finished at', asyncio.get_running_loop().time())
    return name


async def main():
    a = asyncio.create_task(child('a', 1))
    b = asyncio.create_task(child('b', 3))
    c = asyncio.create_task(child('c', 2))
    asyncio.get_running_loop().call_later(0.5, b.cancel)
    try:
        await asyncio.gather(a, b, c)
    except asyncio.CancelledError:
        print('gather raised CancelledError at', asyncio.get_running_loop().time())
    print('main task cancelling()', asyncio.current_task().cancelling())
    print('c result', await c)


asyncio.run(main())
