# set_event_loop makes get_event_loop return that loop, also inside its coroutines
import asyncio


async def main():
    return asyncio.get_event_loop()


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print('get_event_loop is loop', asyncio.get_event_loop() is loop)
print('inside the loop', loop.run_until_complete(main()) is loop)
other = asyncio.new_event_loop()
print('new_event_loop is another loop', other is not loop)
asyncio.set_event_loop(other)
print('now returns other', asyncio.get_event_loop() is other)
asyncio.set_event_loop(None)
loop.close()
other.close()
