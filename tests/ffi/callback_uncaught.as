# An exception a callback raises and nobody catches: it leaves through
# the foreign call (qsort) as if qsort had raised it, with the callback's
# frame in the traceback, and the script fails with status 1.
import ffi

libc = ffi.load(None)
qsort = libc.func("qsort", ffi.void, [ffi.voidp, ffi.size_t, ffi.size_t, ffi.voidp])

def compare(a, b):
    return a[0] // (b[0] - b[0])

cmp = ffi.callback(compare, ffi.int, [ffi.ptr(ffi.int), ffi.ptr(ffi.int)])
nums = ffi.new(ffi.array(ffi.int, 3), [3, 1, 2])
print("sorting")
qsort(nums, 3, 4, cmp)
print("not reached")
