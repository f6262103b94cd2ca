# real-time
# timers fire in deadline order, equal deadlines in scheduling order
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    now = loop.time()
    for name, delay in [('x', 0.06), ('y', 0.02), ('z', 0.04), ('w', 0.02)]:
        loop.call_at(now + delay, print, name)
    loop.call_at(now + 0.08, done.set_result, None)
    await done
    print('all fired')


asyncio.run(main())
