# adding a callback to a finished future schedules it with call_soon, not inline
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result('ready')
    loop.call_soon(print, 'queued earlier')
    fut.add_done_callback(lambda f: print('callback got', f.result()))
    print('add_done_callback returned')
    loop.call_soon(print, 'queued later')
    await asyncio.sleep(0)
    print('main resumed')


asyncio.run(main())
