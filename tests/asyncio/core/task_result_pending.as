# result() and exception() of an unfinished task raise InvalidStateError
import asyncio


async def slow():
    await asyncio.sleep(1)


async def main():
    task = asyncio.create_task(slow())
    try:
        task.result()
    except asyncio.InvalidStateError as e:
        print('result():', e)
    try:
        task.exception()
    except asyncio.InvalidStateError as e:
        print('exception():', e)
    await task


asyncio.run(main())
