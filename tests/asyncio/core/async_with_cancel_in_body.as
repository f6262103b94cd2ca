# cancelling a task inside async with still runs __aexit__ with CancelledError
import asyncio


class Guard:
    async def __aenter__(self):
        print('enter')

    async def __aexit__(self, exc_type, exc, tb):
        print('exit with', exc_type.__name__)


async def worker():
    async with Guard():
        await asyncio.sleep(10)


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('worker cancelled at', asyncio.get_running_loop().time())


asyncio.run(main())
