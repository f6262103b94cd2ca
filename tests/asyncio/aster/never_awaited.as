# a coroutine that is created but never awaited gets a RuntimeWarning
import asyncio


async def nested():
    print('never runs')


async def main():
    nested()
    print('main done')


asyncio.run(main())
