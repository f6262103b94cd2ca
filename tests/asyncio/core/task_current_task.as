# current_task() is the running task inside coroutines and None inside plain callbacks
import asyncio


async def child():
    print('child sees itself', asyncio.current_task().get_name())


def callback():
    print('callback sees', asyncio.current_task())


async def main():
    print('main sees', asyncio.current_task().get_name())
    asyncio.get_running_loop().call_soon(callback)
    await asyncio.create_task(child(), name='child')
    print('main again', asyncio.current_task().get_name())


asyncio.run(main())
