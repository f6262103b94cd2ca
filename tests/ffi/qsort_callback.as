# Callbacks: qsort from libc sorting C ints with an aster comparison
# (called through a libffi closure), sorting a struct array by one field,
# and an exception raised inside the callback: it must not unwind through
# qsort; later comparisons return 0 at once and the exception is raised
# when qsort returns.
import ffi

libc = ffi.load(None)
qsort = libc.func("qsort", ffi.void, [ffi.voidp, ffi.size_t, ffi.size_t, ffi.voidp])

calls = [0]
def by_value(a, b):
    calls[0] += 1
    return (a[0] > b[0]) - (a[0] < b[0])

cmp = ffi.callback(by_value, ffi.int, [ffi.ptr(ffi.int), ffi.ptr(ffi.int)])
print(type(cmp).__name__, cmp.address != 0)
nums = ffi.new(ffi.array(ffi.int, 8), [5, -3, 9, 0, 2, 2, -100, 7])
qsort(nums, len(nums), ffi.sizeof(ffi.int), cmp)
print(nums.value, calls[0] > 0)

# descending, with a lambda and a type name
desc = ffi.callback(lambda a, b: b[0] - a[0], "int", ["int*", "int*"])
qsort(nums, len(nums), 4, desc)
print(nums.value)

point = ffi.struct("point", [("x", ffi.int), ("y", ffi.int)])
pts = ffi.new(ffi.array(point, 3), [[3, 30], [1, 10], [2, 20]])
by_x = ffi.callback(lambda a, b: a[0].x - b[0].x, ffi.int, [ffi.ptr(point), ffi.ptr(point)])
qsort(pts, 3, ffi.sizeof(point), by_x)
print([(p.x, p.y) for p in [pts[0], pts[1], pts[2]]])

seen = []
def failing(a, b):
    seen.append(1)
    raise KeyError("bad comparison")

bad = ffi.callback(failing, ffi.int, [ffi.ptr(ffi.int), ffi.ptr(ffi.int)])
try:
    qsort(nums, len(nums), 4, bad)
except KeyError as e:
    print("KeyError", e, "after", len(seen), "call")

# a result of the wrong type is an error too
wrong = ffi.callback(lambda a, b: "less", ffi.int, [ffi.ptr(ffi.int), ffi.ptr(ffi.int)])
try:
    qsort(nums, len(nums), 4, wrong)
except TypeError as e:
    print("TypeError", e)

# the callback still works after a failure
qsort(nums, len(nums), 4, cmp)
print(nums.value)
