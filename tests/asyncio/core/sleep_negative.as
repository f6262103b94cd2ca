# a negative delay sleeps like sleep(0): one turn, no time passes
import asyncio


async def other():
    print('other task gets its turn')


async def main():
    loop = asyncio.get_running_loop()
    asyncio.create_task(other())
    await asyncio.sleep(-5)
    print('main back at', loop.time())


asyncio.run(main())
