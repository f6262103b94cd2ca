# run_until_complete inside the running loop raises "This event loop is already running"
import asyncio


async def inner():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    coro = inner()
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print('run_until_complete:', e)
    coro.close()
    try:
        loop.run_forever()
    except RuntimeError as e:
        print('run_forever:', e)


asyncio.run(main())
