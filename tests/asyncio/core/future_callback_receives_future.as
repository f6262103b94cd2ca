# a done callback is called with the future itself as its only argument
import asyncio


async def main():
    fut = asyncio.get_running_loop().create_future()
    seen = []
    fut.add_done_callback(seen.append)
    fut.set_exception(ValueError('x'))
    print('before a turn', seen)
    await asyncio.sleep(0)
    print('got the future itself', seen[0] is fut)
    print('its exception', repr(seen[0].exception()))


asyncio.run(main())
