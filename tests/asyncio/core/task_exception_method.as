# Task.exception returns the raised exception, or None after a normal return
import asyncio


async def fine():
    return 'ok'


async def fails():
    raise ArithmeticError('overflowed')


async def main():
    a = asyncio.create_task(fine())
    b = asyncio.create_task(fails())
    await asyncio.sleep(0)
    print('fine ->', a.exception())
    print('fails ->', repr(b.exception()))


asyncio.run(main())
