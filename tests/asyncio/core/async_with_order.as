# async with awaits __aenter__ before the body and __aexit__ after it, binding the aenter result
import asyncio


class Session:
    async def __aenter__(self):
        print('aenter starts')
        await asyncio.sleep(1)
        print('aenter done at', asyncio.get_running_loop().time())
        return 'session-object'

    async def __aexit__(self, exc_type, exc, tb):
        print('aexit with', exc_type)
        await asyncio.sleep(1)
        print('aexit done at', asyncio.get_running_loop().time())
        return False


async def main():
    async with Session() as s:
        print('body uses', s)
    print('after block')


asyncio.run(main())
