# a closed loop refuses call_soon and call_later with "Event loop is closed"
import asyncio

loop = asyncio.new_event_loop()
loop.close()
print('is_closed', loop.is_closed())
try:
    loop.call_soon(print, 'x')
except RuntimeError as e:
    print('call_soon:', e)
try:
    loop.call_later(1, print, 'x')
except RuntimeError as e:
    print('call_later:', e)
loop.close()
print('closing twice is fine')
