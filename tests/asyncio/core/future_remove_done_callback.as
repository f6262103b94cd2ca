# remove_done_callback removes every registration of the callback and returns the count
import asyncio


def noisy(fut):
    print('noisy ran')


def quiet(fut):
    print('quiet ran')


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(noisy)
    fut.add_done_callback(quiet)
    fut.add_done_callback(noisy)
    print('removed', fut.remove_done_callback(noisy))
    print('removed again', fut.remove_done_callback(noisy))
    fut.set_result(None)
    await asyncio.sleep(0)
    print('end')


asyncio.run(main())
