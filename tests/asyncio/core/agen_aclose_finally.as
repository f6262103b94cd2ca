# aclose() throws GeneratorExit at the paused yield, so finally runs and may await
import asyncio


async def resource():
    try:
        yield 'a'
        yield 'b'
    finally:
        print('finally starts')
        await asyncio.sleep(1)
        print('finally done at', asyncio.get_running_loop().time())


async def main():
    gen = resource()
    print(await gen.__anext__())
    await gen.aclose()
    print('closed')
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print('closed generator is exhausted')


asyncio.run(main())
