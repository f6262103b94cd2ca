# A cancelled async call keeps its arguments alive until the worker is
# done with them: a read() blocked on an empty pipe is awaited, the task
# is cancelled, the script drops its only reference to the buffer and
# collects; then a write lets the read finish into that buffer, which
# must still exist (under AddressSanitizer or valgrind a freed buffer
# would be reported).  The completion is delivered, and dropped, later.
import asyncio
import gc
import ffi

libc = ffi.load(None)
pipe = libc.func("pipe", ffi.int, [ffi.ptr(ffi.int)])
read = libc.func("read", ffi.ssize_t, [ffi.int, ffi.voidp, ffi.size_t])
write = libc.func("write", ffi.ssize_t, [ffi.int, ffi.voidp, ffi.size_t])
close = libc.func("close", ffi.int, [ffi.int])

fds = ffi.new(ffi.array(ffi.int, 2))
print(pipe(fds))

async def reader(fd):
    buf = ffi.buffer(64)
    return await read.async_call(fd, buf, 5)

async def main():
    task = asyncio.create_task(reader(fds[0]))
    await asyncio.sleep(0)          # the read is now running on a worker
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled; the read is still blocked")
    del task
    gc.collect()
    print(write(fds[1], b"hello", 5))
    # another pipe, to show the pool still works
    other = ffi.new(ffi.array(ffi.int, 2))
    print(pipe(other), write(other[1], b"again", 5))
    buf = ffi.buffer(8)
    n = await read.async_call(other[0], buf, 8)
    print(n, buf[:n], close(other[0]), close(other[1]))

asyncio.run(main())
print(close(fds[0]), close(fds[1]))
