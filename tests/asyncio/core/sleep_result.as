# sleep(delay, result) returns result after the delay; sleep(0, result) too
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.sleep(2, result='after two'), loop.time())
    print(await asyncio.sleep(0, result=['zero']), loop.time())
    print(await asyncio.sleep(1), loop.time())


asyncio.run(main())
