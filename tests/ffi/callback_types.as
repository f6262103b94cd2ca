# Callbacks of every kind of signature, called from C: ffi.func makes a
# Function of any code address, so a Callback can be called through C's
# calling convention.  Checks each argument and result type on the way
# into aster and back (small and wide, signed and unsigned integers,
# float, double, bool, str, pointers, structs by value, void), then
# bsearch from libc with a callback and a pointer result.
import ffi

def show(*args):
    print(*[repr(a) for a in args])
    return args[0]

ints = ffi.callback(show, ffi.int64, [ffi.int8, ffi.uint8, ffi.int16, ffi.uint16, ffi.int32, ffi.uint32, ffi.int64, ffi.uint64])
call = ffi.func(ints, ffi.int64, [ffi.int8, ffi.uint8, ffi.int16, ffi.uint16, ffi.int32, ffi.uint32, ffi.int64, ffi.uint64])
print(call(-128, 255, -32768, 65535, -2**31, 2**32 - 1, -2**63, 2**64 - 1))

small = ffi.callback(lambda x: x - 1, ffi.int8, [ffi.int8])
print(ffi.func(small, ffi.int8, [ffi.int8])(-127))
usmall = ffi.callback(lambda x: x + 1, ffi.uint16, [ffi.uint16])
print(ffi.func(usmall, ffi.uint16, [ffi.uint16])(65534))
flag = ffi.callback(lambda b: not b, ffi.bool, [ffi.bool])
print(ffi.func(flag, ffi.bool, [ffi.bool])(False))

floats = ffi.callback(lambda f, d: f * d, ffi.double, [ffi.float, ffi.double])
print(ffi.func(floats, ffi.double, [ffi.float, ffi.double])(0.1, 10.0))
single = ffi.callback(lambda f: f / 3, ffi.float, [ffi.float])
print(ffi.func(single, ffi.float, [ffi.float])(1.0))

texts = ffi.callback(lambda s, b: show(s, b) and 0, ffi.int, [ffi.str, ffi.bytes])
ffi.func(texts, ffi.int, [ffi.str, ffi.bytes])("caf\u00e9", b"raw")

point = ffi.struct("point", [("x", ffi.int), ("y", ffi.double)])
def flip(p):
    print(type(p).__name__, p.x, p.y)
    return [int(p.y), float(p.x)]
by_value = ffi.callback(flip, point, [point])
r = ffi.func(by_value, point, [point])(ffi.new(point, [3, 4.5]))
print(r.x, r.y)

seen = []
nothing = ffi.callback(lambda p: seen.append(p[0]), ffi.void, [ffi.ptr(ffi.int)])
cell = ffi.int(77)
print(ffi.func(nothing, ffi.void, [ffi.ptr(ffi.int)])(cell), seen)

# bsearch: the callback compares a key with an element, C returns a
# pointer into our array (or NULL)
libc = ffi.load(None)
bsearch = libc.func("bsearch", ffi.ptr(ffi.int), [ffi.ptr(ffi.int), ffi.ptr(ffi.int), ffi.size_t, ffi.size_t, ffi.voidp])
table = ffi.new(ffi.array(ffi.int, 7), [2, 3, 5, 7, 11, 13, 17])
compare = ffi.callback(lambda k, e: (k[0] > e[0]) - (k[0] < e[0]), ffi.int, [ffi.ptr(ffi.int), ffi.ptr(ffi.int)])
for key in (11, 4):
    found = bsearch(ffi.int(key), table, len(table), ffi.sizeof(ffi.int), compare)
    print(key, bool(found), (found.address - table.address) // 4 if found else None)

print(ffi.func(compare, ffi.int, ["int*", "int*"]).name)
try:
    ffi.func(ffi.NULL, ffi.int)
except ValueError as e:
    print("ValueError", e)
try:
    ffi.func(5, ffi.int)
except TypeError as e:
    print("TypeError", e)

# more arguments than the callback's stack array holds
many = ffi.callback(lambda *xs: sum(xs), ffi.int, [ffi.int] * 10)
print(ffi.func(many, ffi.int, [ffi.int] * 10)(*range(1, 11)))
