# Timeout.reschedule moves the deadline of an active timeout
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1) as cm:
            print('deadline', cm.when())
            cm.reschedule(loop.time() + 3)
            print('new deadline', cm.when())
            await asyncio.sleep(10)
    except TimeoutError:
        print('timed out at', loop.time(), 'expired', cm.expired())


asyncio.run(main())
