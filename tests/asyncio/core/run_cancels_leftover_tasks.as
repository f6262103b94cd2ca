# when main returns, asyncio.run cancels the tasks still pending and lets them finish
import asyncio


async def background(name):
    try:
        print(name, 'started')
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print(name, 'cancelled at', asyncio.get_running_loop().time())
        raise
    finally:
        print(name, 'cleanup')


async def main():
    asyncio.create_task(background('bg'))
    await asyncio.sleep(1)
    print('main returns')
    return 'main result'


print(asyncio.run(main()))
