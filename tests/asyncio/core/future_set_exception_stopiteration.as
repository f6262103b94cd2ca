# Future.set_exception refuses StopIteration with a TypeError and stays pending
import asyncio


async def main():
    fut = asyncio.get_running_loop().create_future()
    try:
        fut.set_exception(StopIteration(1))
    except TypeError as e:
        print('TypeError:', e)
    print('still pending', not fut.done())


asyncio.run(main())
