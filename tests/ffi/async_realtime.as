# real-time
# In real time, timers keep firing while a worker runs a blocking C call:
# a task sleeping 0.05 s three times finishes long before a 0.6 s usleep
# on a worker thread returns.
import asyncio
import ffi
import time

usleep = ffi.load(None).func("usleep", ffi.int, [ffi.uint])

async def ticker(log):
    for i in range(3):
        await asyncio.sleep(0.05)
        log.append(f"tick {i}")

async def main():
    log = []
    start = time.monotonic()
    t = asyncio.create_task(ticker(log))
    r = await usleep.async_call(600000)
    log.append(f"usleep {r}")
    await t
    print(log)
    print(time.monotonic() - start >= 0.6)

asyncio.run(main())
