# async for works on any object with __aiter__ and an awaitable __anext__ ending in StopAsyncIteration
import asyncio


class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current == 0:
            raise StopAsyncIteration
        await asyncio.sleep(0.5)
        self.current -= 1
        return self.current + 1


async def main():
    async for n in Countdown(3):
        print('count', n, asyncio.get_running_loop().time())
    else:
        print('else clause runs after StopAsyncIteration')


asyncio.run(main())
