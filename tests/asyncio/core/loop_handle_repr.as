# reprs of Handle and TimerHandle, before and after cancel
import asyncio


def tick(n):
    pass


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(tick, 1)
    t = loop.call_later(2, tick, 'two')
    print(repr(h))
    print(repr(t))
    h.cancel()
    t.cancel()
    print(repr(h))
    print(repr(t))


asyncio.run(main())
