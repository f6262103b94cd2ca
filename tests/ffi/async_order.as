# Under --virtual-time a program's course does not depend on how long
# its C calls really take: finished calls are delivered only when no
# task is ready, after waiting for every call in flight, in the order
# they were started.  So the 0.3 s usleep started first completes before
# the 0.01 s one, and a task taking 50 turns of the loop finishes before
# either (in real time both orders would differ).
import asyncio
import ffi

usleep = ffi.load(None).func("usleep", ffi.int, [ffi.uint])
log = []

async def call(name, us):
    await usleep.async_call(us)
    log.append(name)

async def spinner():
    for _ in range(50):
        await asyncio.sleep(0)
    log.append("spinner")

async def main():
    await asyncio.gather(call("slow", 300000), call("quick", 10000), spinner())
    print(log)
    print(asyncio.get_running_loop().time())

asyncio.run(main())
