# __aexit__ returning True swallows the exception raised in the async with body
import asyncio


class Swallow:
    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print('aexit sees', repr(exc))
        await asyncio.sleep(0)
        return exc_type is ValueError


async def main():
    async with Swallow():
        raise ValueError('swallowed')
    print('continued after the block')
    try:
        async with Swallow():
            raise KeyError('kept')
    except KeyError as e:
        print('propagated', repr(e))


asyncio.run(main())
