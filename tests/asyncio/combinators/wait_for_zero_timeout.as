# wait_for(aw, 0): a coroutine never starts; a finished future gives its
# result; a pending task is cancelled and awaited, then TimeoutError.
import asyncio

started = False


async def work():
    global started
    started = True
    return 'ran'


async def pending_work():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('pending_work cancelled')
        raise


async def main():
    try:
        await asyncio.wait_for(work(), 0)
    except TimeoutError:
        print('TimeoutError; started:', started)
    f = asyncio.get_running_loop().create_future()
    f.set_result('already')
    print(await asyncio.wait_for(f, 0))
    t = asyncio.create_task(pending_work())
    await asyncio.sleep(0)
    try:
        await asyncio.wait_for(t, -1)
    except TimeoutError as e:
        print('TimeoutError', type(e.__cause__).__name__, t.cancelled())


asyncio.run(main())
