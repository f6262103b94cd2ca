# call_later(0) becomes ready only when timers are checked, after callbacks already queued
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, print, 'call_later(0)')
    loop.call_soon(print, 'call_soon after it')
    await asyncio.sleep(0)
    print('main after one turn')
    await asyncio.sleep(0)
    print('main after two turns')


asyncio.run(main())
