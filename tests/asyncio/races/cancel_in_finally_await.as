# a second cancel arriving while a finally block awaits interrupts that await and ends the cleanup
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    finally:
        print('cleanup starts at', asyncio.get_running_loop().time())
        await asyncio.sleep(5)
        print('cleanup finished (never)')


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(1)
    task.cancel()
    await asyncio.sleep(1)
    print('second cancel ->', task.cancel(), 'cancelling', task.cancelling())
    try:
        await task
    except asyncio.CancelledError:
        print('task cancelled at', asyncio.get_running_loop().time())


asyncio.run(main())
