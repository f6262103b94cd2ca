# Handle.cancel stops a queued callback from running and cancelled() reports it
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    keep = loop.call_soon(print, 'kept callback')
    drop = loop.call_soon(print, 'dropped callback')
    print('cancelled before', drop.cancelled())
    drop.cancel()
    drop.cancel()
    print('cancelled after', drop.cancelled(), keep.cancelled())
    await asyncio.sleep(0)
    print('main resumed')


asyncio.run(main())
