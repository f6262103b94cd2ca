# a cancelled task that nobody awaits is never reported as an unretrieved exception
import asyncio


async def sleeper():
    await asyncio.sleep(10)


async def main():
    task = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    task.cancel()
    await asyncio.sleep(1)
    print('main returns; stderr stays empty')


asyncio.run(main())
