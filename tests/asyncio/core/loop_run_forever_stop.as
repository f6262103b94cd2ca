# loop.stop() makes run_forever return after the current iteration's callbacks
import asyncio

loop = asyncio.new_event_loop()


def stopper():
    print('stopper calls stop')
    loop.stop()
    loop.call_soon(print, 'queued after stop (runs next time)')


loop.call_soon(print, 'before stopper')
loop.call_soon(stopper)
loop.call_soon(print, 'after stopper, same iteration')
loop.run_forever()
print('run_forever returned')
loop.call_soon(loop.stop)
loop.run_forever()
print('second run_forever returned')
loop.close()
