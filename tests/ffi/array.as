# Fixed arrays and buffers: initialisers, indexing (negative from the
# end), slices as lists or bytes, slice assignment, bounds checks, an
# array passed to C (memset, memcpy decay it to a pointer) and an array
# parameter type.
import ffi

libc = ffi.load(None)
a = ffi.new(ffi.array(ffi.int16, 5), [1, 2, 3])
print(a, len(a), a.value, a[0], a[-1], a.type.length, ffi.sizeof(a))
a[4] = -7
a[1:3] = [20, 30]
print(a.value, a[::2], a[3:1])
try:
    a[5]
except IndexError as e:
    print("IndexError", e)
try:
    a[-6] = 1
except IndexError as e:
    print("IndexError", e)
try:
    a[0:2] = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)

b = ffi.buffer(8)
print(b.type, b.value, b.raw == bytes(8))
memset = libc.func("memset", ffi.voidp, [ffi.voidp, ffi.int, ffi.size_t])
memset(b, 0x41, 3)
print(b[:4], ffi.string(b))
b[4:6] = b"yz"
print(b.value)
memcpy = libc.func("memcpy", ffi.voidp, [ffi.ptr(ffi.uint8), ffi.ptr(ffi.uint8), ffi.size_t])
dst = ffi.buffer(8)
memcpy(dst, b, 8)
print(dst.value == b.value)
print(ffi.buffer(b"xyz").value, len(ffi.buffer(0)))

# an array parameter decays to a pointer to its items
strcat_args = libc.func("strcat", "char*", [ffi.array(ffi.char, 16), "char*"])
print(strcat_args.argtypes)
s = ffi.new(ffi.array(ffi.char, 16), b"ab")
strcat_args(s, b"cd")
print(ffi.string(s))

grid = ffi.new(ffi.array(ffi.array(ffi.int, 3), 2), [[1, 2, 3], [4, 5, 6]])
print(grid[1][2], grid[0].value, ffi.sizeof(grid))
grid[1][0] = 40
print(grid[1].value)
doubles = ffi.new(ffi.array(ffi.double, 2), (0.5, 2))
print(doubles.value)
try:
    ffi.new(ffi.array(ffi.int, 2), [1, 2, 3])
except IndexError as e:
    print("IndexError", e)
try:
    ffi.new(ffi.array(ffi.uint8, 2), b"abc")
except IndexError as e:
    print("IndexError", e)
