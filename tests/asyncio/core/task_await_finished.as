# awaiting a finished task returns its result at once, every time, without a loop turn
import asyncio


async def compute():
    return 'answer'


async def ticker():
    print('ticker runs')


async def main():
    task = asyncio.create_task(compute())
    await asyncio.sleep(0)
    print('done', task.done())
    asyncio.create_task(ticker())
    print('first await', await task)
    print('second await', await task)
    await asyncio.sleep(0)


asyncio.run(main())
