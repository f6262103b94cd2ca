# __await__ returning something that is not an iterator raises TypeError
import asyncio


class Wrong:
    def __await__(self):
        return 42


async def main():
    try:
        await Wrong()
    except TypeError as e:
        print('TypeError:', e)


asyncio.run(main())
