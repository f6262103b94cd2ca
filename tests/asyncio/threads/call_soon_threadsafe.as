# A loop with nothing to do waits until another thread hands it work
# through call_soon_threadsafe; the callbacks run in the loop's thread.
import asyncio
import threading


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    seen = []

    def report(n):
        seen.append((n, threading.current_thread() is threading.main_thread()))
        if n == 3:
            done.set_result(seen)

    def worker():
        total = 0
        for i in range(100000):
            total += i
        for n in range(1, 4):
            loop.call_soon_threadsafe(report, n)

    threading.Thread(target=worker).start()
    print(await done)
    print('time', loop.time())


asyncio.run(main())
