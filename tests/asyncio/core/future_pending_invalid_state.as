# result() and exception() of a pending future raise InvalidStateError
import asyncio


async def main():
    fut = asyncio.get_running_loop().create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print('result():', e)
    try:
        fut.exception()
    except asyncio.InvalidStateError as e:
        print('exception():', e)
    print('InvalidStateError is an Exception', issubclass(asyncio.InvalidStateError, Exception))


asyncio.run(main())
