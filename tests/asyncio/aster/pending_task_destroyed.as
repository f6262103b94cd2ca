# a task still pending when its loop closes is reported as destroyed
import asyncio


async def forever():
    await asyncio.sleep(3600)


async def main():
    asyncio.ensure_future(forever())
    await asyncio.sleep(1)
    print('main done')


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
print('loop closed')
