# an exception in a callback goes to the default handler (stderr) and the loop keeps going
import asyncio


def explode(n):
    print('explode called with', n)
    raise ValueError('callback failed with %d' % n)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(explode, 3)
    loop.call_soon(print, 'next callback runs')
    await asyncio.sleep(1)
    print('main finished')


asyncio.run(main())
