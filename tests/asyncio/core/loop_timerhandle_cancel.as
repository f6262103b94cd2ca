# TimerHandle.when() is the absolute deadline; a cancelled timer never fires
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(1)
    a = loop.call_later(2, print, 'timer a fired')
    b = loop.call_later(1, print, 'timer b fired')
    print('when', a.when(), b.when())
    b.cancel()
    print('b cancelled', b.cancelled())
    await asyncio.sleep(5)
    print('main done at', loop.time())


asyncio.run(main())
