# asyncio.run closes async generators left suspended, running their finally blocks
import asyncio

kept = []


async def stream():
    try:
        yield 'first'
        yield 'second'
    finally:
        print('stream finally at', asyncio.get_running_loop().time())


async def main():
    gen = stream()
    kept.append(gen)
    print(await gen.__anext__())
    await asyncio.sleep(1)
    print('main returns')


asyncio.run(main())
print('after run')
