# Pointers: addressof gives a pointer bounded by the memory it points
# into; indexing, arithmetic, comparison, casts between pointer types and
# ints, NULL, and reading through a pointer C returned.
import ffi

nums = ffi.new(ffi.array(ffi.int32, 4), [10, 20, 30, 40])
p = ffi.addressof(nums)
print(p.type, p[0], p[3], bool(p))
q = p + 2
print(q[0], q[-1], q - p, p - q, (q - 1)[0])
q[1] = 99
print(nums.value)
try:
    q[2]
except IndexError as e:
    print("IndexError", e)
try:
    (p - 1)[0]
except IndexError as e:
    print("IndexError", e)
print(p < q, p == ffi.addressof(nums), p != q, len({p, ffi.addressof(nums)}))
print(p[1:3], q.address - p.address)

# casts
v = ffi.cast(ffi.voidp, p)
print(v.type, v == p, ffi.cast("uint8*", p)[4])   # little-endian: 20's low byte
print(ffi.cast(ffi.size_t, p) == p.address)
print(ffi.cast(ffi.uint8, 300), ffi.cast(ffi.int8, 200), ffi.cast(ffi.int, 2.9), ffi.cast(ffi.bool, 5))
print(ffi.cast(ffi.float, 0.1), ffi.cast(ffi.uint32, -1))
n = ffi.cast(ffi.ptr(ffi.int), 0)
print(n == ffi.NULL, bool(ffi.NULL), ffi.NULL, n)
try:
    n[0]
except ValueError as e:
    print("ValueError", e)
try:
    v[0]
except TypeError as e:
    print("TypeError", e)

# a field's address
pair = ffi.struct("pair", [("a", ffi.int16), ("b", ffi.int16)])
pr = ffi.new(pair, [1, 2])
pb = ffi.addressof(pr, "b")
pb[0] = 5
print(pr.b, pb.type)

# a pointer C returned: strstr into our buffer
libc = ffi.load(None)
strstr = libc.func("strstr", ffi.ptr(ffi.char), [ffi.ptr(ffi.char), ffi.str])
hay = ffi.buffer(b"find the needle here\x00")
at = strstr(hay, "needle")
print(at.address - hay.address, ffi.string(at), ffi.string(at, 3))
print(strstr(hay, "absent") == ffi.NULL)

# pointers stored in memory
slot = ffi.new(ffi.ptr(ffi.int32))
slot.value = p
print(slot.value == p, slot.value[1])

# far out of range, on a bounded pointer: an IndexError, not a wrap-around
try:
    p[2**62]
except IndexError as e:
    print("IndexError", e)
try:
    (p + 2**61)[0]
except IndexError as e:
    print("IndexError", e)
print(ffi.string(ffi.addressof(ffi.buffer(b"abc")) + 3), ffi.cast(ffi.voidp, -1).address == 2**64 - 1)
