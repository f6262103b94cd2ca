# libc through ffi, loaded as the program itself (ffi.load(None)):
# strlen with str and bytes arguments, getpid, snprintf as a variadic
# function whose extra arguments carry their C types, and strings read
# back from C both as str and as bytes.
import ffi
import os

libc = ffi.load(None)
print(libc)
strlen = libc.func("strlen", ffi.size_t, [ffi.str])
print(strlen("hello"), strlen(b"abc\x00def"), strlen(""), strlen("h\u00e9"))  # UTF-8: 3 bytes

getpid = libc.func("getpid", ffi.int, [])
pid = getpid()
print(type(pid).__name__, pid > 0, pid == getpid(), pid == os.getpid())

snprintf = libc.func("snprintf", ffi.int, ["char*", ffi.size_t, "char*"], variadic=True)
print(snprintf)
buf = ffi.buffer(32)
n = snprintf(buf, len(buf), b"%d|%s|%.3f|%ld|%c", ffi.int(42), "hi", ffi.double(3.14159),
             ffi.long(-7), ffi.char(65))
print(n, ffi.string(buf))
n = snprintf(buf, 8, b"%s", b"truncated output")   # snprintf returns the full length
print(n, ffi.string(buf), buf[:8])
print(snprintf(ffi.NULL, 0, b"%u", ffi.uint(4000000000)))

# char* results: as str, as bytes, or as a pointer
getenv_str = libc.func("strchr", ffi.str, [ffi.str, ffi.int])
getenv_bytes = libc.func("strchr", ffi.bytes, [ffi.str, ffi.int])
print(getenv_str("key=value", ord("=")), getenv_bytes("key=value", ord("=")))
print(getenv_str("key", ord("=")))           # NULL comes back as None
strchr_ptr = libc.func("strchr", "char*", ["char*", ffi.int])
text = ffi.buffer(b"abc\x00")
p = strchr_ptr(text, ord("b"))
print(p.address - text.address, ffi.string(p), p[0], p[1])

# typed variadic values follow C's promotions: bool, char and short go
# as int, float as double
n = snprintf(buf, len(buf), b"%d %d %d %.1f", ffi.bool(True), ffi.short(-3), ffi.uint8(200), ffi.float(1.5))
print(n, ffi.string(buf))
