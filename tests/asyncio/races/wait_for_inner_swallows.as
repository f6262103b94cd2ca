# if the inner work of wait_for swallows the timeout's cancel and returns, that value comes back
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('inner swallowed the cancellation')
    return 'fallback value'


async def main():
    result = await asyncio.wait_for(stubborn(), timeout=1)
    print('wait_for returned', result, 'at', asyncio.get_running_loop().time())
    print('cancelling', asyncio.current_task().cancelling())


asyncio.run(main())
