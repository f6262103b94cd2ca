# calling an async function runs none of its body until the coroutine is awaited
import asyncio


async def job(tag):
    print('body of', tag, 'runs')
    return tag


async def main():
    coro = job('first')
    print('called, nothing ran')
    unused = job('unused')
    unused.close()
    print('awaiting')
    print('returned', await coro)


asyncio.run(main())
