# repr of finished tasks: with result= or with exception=
import asyncio


async def ok():
    return [1, 'a']


async def fails():
    raise LookupError('nope')


async def main():
    good = asyncio.create_task(ok())
    bad = asyncio.create_task(fails())
    await asyncio.sleep(0)
    print(repr(good))
    print(repr(bad))
    bad.exception()


asyncio.run(main())
