# loop.run_in_executor with the default executor and with one of our own,
# set_default_executor, and what asyncio.run's shutdown of the default
# executor leaves behind.
import asyncio
import concurrent.futures


def square(x):
    return x * x


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, square, 7)
    print(type(fut).__name__, await fut)
    with concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix='mine') as pool:
        print(await asyncio.gather(*(loop.run_in_executor(pool, square, i) for i in range(6))))
    try:
        loop.set_default_executor(object())
    except TypeError as e:
        print('TypeError:', e)
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    loop.set_default_executor(pool)
    print(await loop.run_in_executor(None, square, 9))
    cf = pool.submit(square, 5)
    print(await asyncio.wrap_future(cf))
    await loop.shutdown_default_executor()
    try:
        loop.run_in_executor(None, square, 1)
    except RuntimeError as e:
        print('RuntimeError:', e)


asyncio.run(main())
