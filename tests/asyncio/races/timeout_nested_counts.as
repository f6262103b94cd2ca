# nested timeouts: the inner one expiring raises TimeoutError there and leaves the count at zero
import asyncio


async def main():
    me = asyncio.current_task()
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(10):
        try:
            async with asyncio.timeout(1):
                print('inner block, cancelling', me.cancelling())
                await asyncio.sleep(5)
        except TimeoutError:
            print('inner TimeoutError at', loop.time(), 'cancelling', me.cancelling())
        await asyncio.sleep(1)
        print('outer block continues at', loop.time(), 'cancelling', me.cancelling())
    print('both closed, cancelling', me.cancelling())


asyncio.run(main())
