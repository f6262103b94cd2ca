# call_at timers fire in deadline order whatever order they were scheduled in
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    for delay in (3, 1, 2, 1.5, 0.25):
        loop.call_at(start + delay, lambda d=delay: print('deadline', d, 'at', loop.time()))
    await asyncio.sleep(4)
    print('main done', loop.time())


asyncio.run(main())
