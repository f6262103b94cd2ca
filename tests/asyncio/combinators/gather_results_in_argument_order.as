# gather() returns results in argument order, whatever order the children
# finish in; coroutines become tasks that start in argument order.
import asyncio


async def work(name, delay):
    print('start', name)
    await asyncio.sleep(delay)
    print('finish', name)
    return name.upper()


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.2, fut.set_result, 'future')
    results = await asyncio.gather(work('a', 0.3), fut, work('b', 0.1),
                                   work('c', 0))
    print(results)
    print('time', loop.time())


asyncio.run(main())
