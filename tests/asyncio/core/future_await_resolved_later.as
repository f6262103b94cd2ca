# awaiting a pending future suspends until call_later resolves it, at that loop time
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(2.5, fut.set_result, 'late value')
    print('waiting at', loop.time())
    value = await fut
    print('got', value, 'at', loop.time())


asyncio.run(main())
