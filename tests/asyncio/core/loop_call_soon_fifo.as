# call_soon callbacks run first-in first-out, with their positional arguments
import asyncio


def show(*args):
    print('callback', *args)


async def main():
    loop = asyncio.get_running_loop()
    for i in range(5):
        loop.call_soon(show, i, 'x' * i)
    print('scheduled five')
    await asyncio.sleep(0)
    print('main resumed')


asyncio.run(main())
