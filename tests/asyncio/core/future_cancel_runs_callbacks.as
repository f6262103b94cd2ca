# cancelling a future schedules its done callbacks, which see cancelled() True
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print('callback: cancelled', f.cancelled()))
    fut.cancel()
    print('after cancel')
    await asyncio.sleep(0)
    print('after one turn')


asyncio.run(main())
