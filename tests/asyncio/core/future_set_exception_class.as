# Future.set_exception given an exception class stores a fresh instance of it
import asyncio


async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(ValueError)
    exc = fut.exception()
    print(type(exc).__name__, exc.args)
    print('is an instance', isinstance(exc, ValueError))


asyncio.run(main())
