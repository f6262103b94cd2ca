# run_forever keeps firing timers until one of them calls stop
import asyncio

loop = asyncio.new_event_loop()
loop.call_later(1, lambda: print('tick', loop.time()))
loop.call_later(2, lambda: print('tock', loop.time()))
loop.call_later(3, loop.stop)
loop.call_later(4, lambda: print('never'))
loop.run_forever()
print('stopped at', loop.time())
loop.close()
