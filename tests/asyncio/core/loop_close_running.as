# close() on the running loop raises "Cannot close a running event loop"
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.close()
    except RuntimeError as e:
        print('RuntimeError:', e)
    print('closed', loop.is_closed())


asyncio.run(main())
