# errno: each foreign call starts with the saved errno and saves what C
# leaves, so get_errno reads the value of the last call even after the
# interpreter made system calls of its own; set_errno sets the value the
# next call starts with.  Async calls save theirs when they complete.
# close(-1) fails with EBADF (9); strtol of a huge number sets ERANGE
# (34); a successful strlen leaves errno as it found it.
import asyncio
import ffi

libc = ffi.load(None)
close = libc.func("close", ffi.int, [ffi.int])
strtol = libc.func("strtol", ffi.long, [ffi.str, ffi.voidp, ffi.int])
strlen = libc.func("strlen", ffi.size_t, [ffi.str])

print(ffi.set_errno(0), ffi.get_errno())
print(close(-1), ffi.get_errno())
print(strlen("abc"), ffi.get_errno())       # untouched by a call that succeeds
print([i for i in range(3)], ffi.get_errno())
print(strtol("99999999999999999999999", ffi.NULL, 10), ffi.get_errno())
print(ffi.set_errno(0), ffi.get_errno())

async def main():
    print(await close.async_call(-1), ffi.get_errno())

asyncio.run(main())
try:
    ffi.get_errno(1)
except TypeError as e:
    print("TypeError", e)
