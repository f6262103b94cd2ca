# wait_for whose timeout equals the inner sleep: the timeout was scheduled first, so it wins
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        value = await asyncio.wait_for(asyncio.sleep(1, result='in time'), timeout=1)
        print('got', value)
    except TimeoutError:
        print('TimeoutError at', loop.time())


asyncio.run(main())
