# run_until_complete re-raises the exception of the coroutine it ran
import asyncio


async def fail():
    await asyncio.sleep(1)
    raise ConnectionError('peer went away')


loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(fail())
except ConnectionError as e:
    print('caught', repr(e), 'at', loop.time())
loop.close()
