# a program whose tasks can never wake again is reported, exit status 3
# (CPython hangs): the .err golden is hand-written, with aster's wording
import asyncio


async def stuck(fut):
    await fut


async def main():
    fut = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(stuck(fut), name='stuck')
    print('waiting forever')
    await task


asyncio.run(main())
