# done callbacks are scheduled with call_soon in registration order, never run inline
import asyncio


def report(name):
    def callback(fut):
        print('callback', name, 'sees', fut.result())
    return callback


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(report('first'))
    fut.add_done_callback(report('second'))
    loop.call_soon(print, 'call_soon queued before set_result')
    fut.set_result(42)
    print('set_result returned; no callback ran yet')
    loop.call_soon(print, 'call_soon queued after set_result')
    await asyncio.sleep(0)
    print('main resumed')


asyncio.run(main())
