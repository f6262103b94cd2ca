# default task names come from one counter: asyncio.run's main task is Task-1
import asyncio


async def noop():
    pass


async def main():
    print('main:', asyncio.current_task().get_name())
    first = asyncio.create_task(noop())
    named = asyncio.create_task(noop(), name='custom')
    second = asyncio.create_task(noop())
    print(first.get_name(), named.get_name(), second.get_name())
    await asyncio.gather(first, named, second)
    print('after gather:', asyncio.ensure_future(noop()).get_name())


asyncio.run(main())
