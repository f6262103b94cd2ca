# a callback scheduled by a running callback waits for the next loop iteration
import asyncio


def first(loop):
    print('first runs, schedules nested')
    loop.call_soon(print, 'nested (next iteration)')


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(first, loop)
    loop.call_soon(print, 'second (same iteration as first)')
    await asyncio.sleep(0)
    print('main after one turn')
    await asyncio.sleep(0)
    print('main after two turns')


asyncio.run(main())
