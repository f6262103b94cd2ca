# when the outer timeout expires inside an inner one, only the outer turns it into TimeoutError
import asyncio


async def main():
    me = asyncio.current_task()
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1):
            try:
                async with asyncio.timeout(5):
                    await asyncio.sleep(10)
            except TimeoutError:
                print('inner TimeoutError (wrong)')
            except asyncio.CancelledError:
                print('inner block sees CancelledError, cancelling', me.cancelling())
                raise
    except TimeoutError:
        print('outer TimeoutError at', loop.time(), 'cancelling', me.cancelling())


asyncio.run(main())
