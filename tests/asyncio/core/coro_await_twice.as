# awaiting a finished coroutine again raises "cannot reuse already awaited coroutine"
import asyncio


async def job():
    return 'value'


async def main():
    coro = job()
    print('first', await coro)
    try:
        await coro
    except RuntimeError as e:
        print('RuntimeError:', e)


asyncio.run(main())
