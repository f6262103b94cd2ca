# gather.cancel() when every child swallows the cancellation and returns:
# the gather still ends in CancelledError, never with the results.
import asyncio


async def stubborn(name):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print(name, 'ignores the cancellation')
    return name


async def main():
    g = asyncio.gather(stubborn('a'), stubborn('b'), return_exceptions=True)
    await asyncio.sleep(0)
    print('cancel()', g.cancel())
    try:
        print('result', await g)
    except asyncio.CancelledError as e:
        print('gather raised', repr(e))
    g2 = asyncio.gather(stubborn('c'), stubborn('d'))
    await asyncio.sleep(0)
    print('cancel()', g2.cancel())
    try:
        print('result', await g2)
    except asyncio.CancelledError as e:
        print('gather raised', repr(e))


asyncio.run(main())
