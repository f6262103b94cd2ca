# run_until_complete accepts a plain future and stops once it is resolved
import asyncio

loop = asyncio.new_event_loop()
fut = loop.create_future()
loop.call_later(3, fut.set_result, 'resolved')
loop.call_later(5, print, 'later timer (not reached)')
print('done before running', fut.done())
print(loop.run_until_complete(fut), 'at', loop.time())
print('running', loop.is_running())
loop.close()
