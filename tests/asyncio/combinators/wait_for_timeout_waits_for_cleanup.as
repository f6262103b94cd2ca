# On timeout the inner work is cancelled and awaited until it has really
# finished (its cleanup may await), and only then TimeoutError is raised.
import asyncio


async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('slow: cancelled, cleaning up')
        await asyncio.sleep(0.5)
        print('slow: cleanup done')
        raise


async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(slow(), 1)
    except TimeoutError as e:
        print('TimeoutError', repr(e), 'at', loop.time())
        print('cause:', type(e.__cause__).__name__)
    print('is asyncio.TimeoutError the builtin?',
          asyncio.TimeoutError is TimeoutError)


asyncio.run(main())
