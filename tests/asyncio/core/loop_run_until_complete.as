# run_until_complete runs a coroutine to completion on a fresh loop and returns its value
import asyncio


async def add(a, b):
    await asyncio.sleep(1)
    return a + b


loop = asyncio.new_event_loop()
print('first', loop.run_until_complete(add(1, 2)), loop.time())
print('second', loop.run_until_complete(add(10, 20)), loop.time())
print('running', loop.is_running(), 'closed', loop.is_closed())
loop.close()
print('closed', loop.is_closed())
