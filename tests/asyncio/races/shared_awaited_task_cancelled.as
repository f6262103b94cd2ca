# cancelling one of two tasks awaiting the same task cancels that task, so the other awaiter fails too
import asyncio


async def shared():
    await asyncio.sleep(5)
    return 'shared result'


async def awaiter(name, task):
    try:
        print(name, 'got', await task)
    except asyncio.CancelledError:
        print(name, 'got CancelledError at', asyncio.get_running_loop().time())
        raise


async def main():
    common = asyncio.create_task(shared())
    a = asyncio.create_task(awaiter('A', common))
    b = asyncio.create_task(awaiter('B', common))
    await asyncio.sleep(1)
    a.cancel()
    await asyncio.gather(a, b, return_exceptions=True)
    print('shared cancelled', common.cancelled(), 'B cancelled', b.cancelled())


asyncio.run(main())
