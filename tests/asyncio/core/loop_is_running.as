# is_running() is True only while the loop runs, also from a callback
import asyncio

loop = asyncio.new_event_loop()
print('before', loop.is_running())


async def main():
    print('inside coroutine', loop.is_running())
    loop.call_soon(lambda: print('inside callback', loop.is_running()))
    await asyncio.sleep(0)


loop.run_until_complete(main())
print('after', loop.is_running())
loop.close()
