# repr of a task taken by itself while it runs shows the line being executed
import asyncio


async def child():
    print(repr(asyncio.current_task()))
    await asyncio.sleep(0)
    print(repr(asyncio.current_task()))


async def main():
    asyncio.create_task(child(), name='child')
    await asyncio.sleep(1)


asyncio.run(main())
