# stop() called before run_forever lets exactly one iteration run
import asyncio

loop = asyncio.new_event_loop()


def again(n):
    print('callback', n)
    loop.call_soon(again, n + 1)


loop.call_soon(again, 1)
loop.stop()
loop.run_forever()
print('returned after one iteration')
loop.close()
