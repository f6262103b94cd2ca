# awaiting an object without __await__ raises TypeError naming its type
import asyncio


class Plain:
    pass


async def main():
    for thing in (3, [1], Plain()):
        try:
            await thing
        except TypeError as e:
            print('TypeError:', e)


asyncio.run(main())
