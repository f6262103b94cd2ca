# real-time
# In real time, timers keep firing while a worker runs a blocking C call:
# a task sleeping 0.05 s three times finishes long before a 1 s usleep
# on a worker thread returns (a margin of 0.85 s for a loaded machine).
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
    r = await usleep.async_call(1000000)
    log.append(f"usleep {r}")
    await t
    print(log)
    print(time.monotonic() - start >= 1.0)

asyncio.run(main())
