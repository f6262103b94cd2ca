# ensure_future rejects an object that is not awaitable with TypeError
import asyncio


async def main():
    for thing in (42, 'text', None):
        try:
            asyncio.ensure_future(thing)
        except TypeError as e:
            print('TypeError:', e)


asyncio.run(main())
