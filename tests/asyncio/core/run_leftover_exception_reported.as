# a leftover task that raises while being cancelled at shutdown is reported by the handler
import asyncio


async def background():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print('background turns cancellation into an error')
        raise OSError('failed during shutdown')


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0)
    print('main returns')


asyncio.run(main())
