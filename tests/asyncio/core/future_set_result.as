# Future.set_result marks the future done; result() returns the value and exception() is None
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print('before: done', fut.done(), 'cancelled', fut.cancelled())
    fut.set_result([1, 2])
    print('after: done', fut.done(), 'cancelled', fut.cancelled())
    print('result', fut.result())
    print('exception', fut.exception())
    print('same object twice', fut.result() is fut.result())


asyncio.run(main())
