# zlib through ffi: compress and uncompress round trip, with the lengths
# passed in and out through unsigned long pointers.  zlib1g is a required
# Debian package, so libz.so.1 is always there; where it is not, the
# script says so and the golden comparison fails, as it should.
import ffi

try:
    z = ffi.load("libz.so.1")
except OSError:
    print("skipped: libz.so.1 is not installed")
    raise SystemExit(0)

compress = z.func("compress", ffi.int, [ffi.ptr(ffi.uint8), ffi.ptr(ffi.ulong), ffi.ptr(ffi.uint8), ffi.ulong])
uncompress = z.func("uncompress", ffi.int, [ffi.ptr(ffi.uint8), ffi.ptr(ffi.ulong), ffi.ptr(ffi.uint8), ffi.ulong])
compress_bound = z.func("compressBound", ffi.ulong, [ffi.ulong])
zlib_version = z.func("zlibVersion", ffi.str, [])
print(type(zlib_version()).__name__, zlib_version()[0] == "1")

data = b"aster calls C " * 50
bound = compress_bound(len(data))
print(bound >= len(data))
out = ffi.buffer(bound)
out_len = ffi.ulong(bound)
print(compress(out, out_len, data, len(data)))          # Z_OK
print(out_len.value < len(data) // 5, out[:2])          # a zlib header
packed = out[:out_len.value]

back = ffi.buffer(len(data))
back_len = ffi.ulong(len(back))
print(uncompress(back, back_len, packed, len(packed)))
print(back_len.value, back.value == data)

small = ffi.buffer(10)
small_len = ffi.ulong(10)
print(uncompress(small, small_len, packed, len(packed)))   # Z_BUF_ERROR
print(uncompress(back, back_len, b"not zlib data", 13))     # Z_DATA_ERROR
