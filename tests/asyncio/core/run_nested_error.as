# asyncio.run inside a running loop raises "cannot be called from a running event loop"
import asyncio


async def inner():
    return 'never'


async def main():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro.close()
    print('main goes on')


asyncio.run(main())
