# Cancelling gather's own future cancels the children; even with
# return_exceptions=True the gather then ends in CancelledError.
import asyncio


async def child(name):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        print(name, 'cancelled with', repr(e))
        raise


async def main():
    g = asyncio.gather(child('a'), child('b'), return_exceptions=True)
    await asyncio.sleep(0.5)
    print('cancel() returns', g.cancel('from outside'))
    print('done right after cancel()?', g.done())
    try:
        print('result', await g)
    except asyncio.CancelledError as e:
        print('gather raised', repr(e))
    print('cancelled?', g.cancelled(), 'second cancel()', g.cancel())


asyncio.run(main())
