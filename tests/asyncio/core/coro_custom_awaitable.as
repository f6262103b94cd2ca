# an object whose __await__ is a generator can be awaited and its return value is the result
import asyncio


class Countdown:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        while self.n > 0:
            print('countdown', self.n)
            yield from asyncio.sleep(1).__await__()
            self.n -= 1
        return 'liftoff'


async def main():
    result = await Countdown(3)
    print(result, 'at', asyncio.get_running_loop().time())


asyncio.run(main())
