# call_later timers with equal deadlines fire in the order they were scheduled
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    for name in ('one', 'two', 'three', 'four'):
        loop.call_later(1, lambda n=name: print(n, loop.time()))
    loop.call_later(0.5, lambda: print('earlier', loop.time()))
    await asyncio.sleep(2)
    print('main done', loop.time())


asyncio.run(main())
