# With a timeout, every awaitable still pending at the deadline raises
# TimeoutError; the tasks themselves are not cancelled.
import asyncio


async def job(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job(d)) for d in (5, 1, 6)]
    for aw in asyncio.as_completed(tasks, timeout=2):
        try:
            print('result', await aw, loop.time())
        except TimeoutError as e:
            print('TimeoutError', repr(e), loop.time())
    print('cancelled?', [t.cancelled() for t in tasks])
    await asyncio.gather(*tasks)


asyncio.run(main())
