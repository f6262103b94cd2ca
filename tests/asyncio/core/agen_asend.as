# asend: the first asend(None) starts the generator, later values become the yield's result
import asyncio


async def echo():
    received = None
    while True:
        received = yield 'echo %s' % received
        print('generator received', received)
        if received == 'stop':
            return


async def main():
    gen = echo()
    print(await gen.asend(None))
    print(await gen.asend('hello'))
    print(await gen.asend(3))
    try:
        await gen.asend('stop')
    except StopAsyncIteration:
        print('StopAsyncIteration after return')


asyncio.run(main())
