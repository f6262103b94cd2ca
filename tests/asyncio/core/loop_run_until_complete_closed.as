# run_until_complete on a closed loop raises "Event loop is closed"
import asyncio


async def work():
    print('never runs')


loop = asyncio.new_event_loop()
loop.close()
coro = work()
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print('RuntimeError:', e)
coro.close()
