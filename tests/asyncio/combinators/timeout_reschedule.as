# reschedule() moves the deadline while the block runs; None removes it;
# a deadline in the past expires on the next loop iteration.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(1) as cm:
        cm.reschedule(loop.time() + 3)
        print(repr(cm))
        await asyncio.sleep(2)
        print('still running at', loop.time())
        cm.reschedule(None)
        print(repr(cm), cm.when())
        await asyncio.sleep(5)
    print('done at', loop.time())
    try:
        async with asyncio.timeout(10) as cm:
            await asyncio.sleep(1)
            cm.reschedule(loop.time() - 5)
            print('deadline in the past:', cm.expired())
            await asyncio.sleep(0)
            print('not reached')
    except TimeoutError:
        print('expired at', loop.time(), repr(cm))


asyncio.run(main())
