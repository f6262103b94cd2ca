# fn.async_call: the C call runs on a worker thread while other tasks
# keep running; the result comes back through a future.  Under virtual
# time the loop waits (in real time) for the busy worker before it moves
# the clock, so the order below never changes: the ticker's three turns
# all come before usleep's 0.2 s end.  Also: a task cancelled while its
# call is running (the worker finishes with the arguments intact), many
# calls at once, errors in the arguments (raised at once, before any
# thread is involved), a callback refused, and no running loop.
import asyncio
import ffi

libc = ffi.load(None)
usleep = libc.func("usleep", ffi.int, [ffi.uint])
strlen = libc.func("strlen", ffi.size_t, [ffi.str])
div_t = ffi.struct("div_t", [("quot", ffi.int), ("rem", ffi.int)])
div = libc.func("div", div_t, [ffi.int, ffi.int])

async def ticker(log):
    for i in range(3):
        log.append(f"tick {i}")
        await asyncio.sleep(0)

async def slow(us):
    return await usleep.async_call(us)

async def main():
    loop = asyncio.get_running_loop()
    log = []
    t = asyncio.create_task(ticker(log))
    log.append("call")
    fut = usleep.async_call(200000)
    print(type(fut).__name__, fut.done())
    log.append(f"usleep returned {await fut}")
    await t
    print(log)
    print(loop.time())                      # the virtual clock did not move

    task = asyncio.create_task(slow(100000))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled", task.cancelled())

    text = "x" * 1000
    results = await asyncio.gather(*[strlen.async_call(text[:n]) for n in range(0, 1000, 100)])
    print(results)
    r = await div.async_call(23, 4)
    print(r.quot, r.rem)

    try:
        usleep.async_call("soon")
    except TypeError as e:
        print("TypeError", e)
    cb = ffi.callback(lambda: 0, ffi.int, [])
    qsort = libc.func("qsort", ffi.void, [ffi.voidp, ffi.size_t, ffi.size_t, ffi.voidp])
    try:
        qsort.async_call(ffi.NULL, 0, 4, cb)
    except TypeError as e:
        print("TypeError", e)

    # a sleep timer and a worker: the worker finishes first under virtual
    # time, whatever the real durations
    async def sleeper():
        await asyncio.sleep(0.01)
        return "timer"
    done = []
    async def record(coro):
        done.append(await coro)
    await asyncio.gather(record(sleeper()), record(slow(50000)))
    print(done)

asyncio.run(main())
try:
    usleep.async_call(1)
except RuntimeError as e:
    print("RuntimeError", e)
