# an exception escaping the main coroutine propagates out of asyncio.run (exit status 1)
import asyncio


async def helper():
    await asyncio.sleep(1)
    raise PermissionError('not allowed here')


async def main():
    print('main starts')
    await helper()
    print('never printed')


asyncio.run(main())
