# ensure_future wraps an object with __await__ in a Task that yields its result
import asyncio


class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        print('__await__ called')
        yield from asyncio.sleep(1).__await__()
        return self.value


async def main():
    task = asyncio.ensure_future(Ready('from awaitable'))
    print('is a Task', isinstance(task, asyncio.Task))
    print('result', await task, 'at', asyncio.get_running_loop().time())


asyncio.run(main())
