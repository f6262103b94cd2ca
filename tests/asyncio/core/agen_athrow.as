# athrow raises the exception at the paused yield; the generator may handle it and yield again
import asyncio


async def resilient():
    while True:
        try:
            yield 'working'
        except ValueError as e:
            print('generator handled', repr(e))
            yield 'recovered'


async def main():
    gen = resilient()
    print(await gen.__anext__())
    print(await gen.athrow(ValueError('bad input')))
    print(await gen.__anext__())
    try:
        await gen.athrow(KeyError('unhandled'))
    except KeyError as e:
        print('propagated', repr(e))
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print('generator is finished')


asyncio.run(main())
