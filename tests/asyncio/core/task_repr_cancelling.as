# repr of a task: cancelling after cancel(), cancelled once the cancellation is delivered
import asyncio


async def sleeper():
    await asyncio.sleep(5)


async def main():
    task = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    task.cancel()
    print(repr(task))
    await asyncio.sleep(0)
    print(repr(task))


asyncio.run(main())
