# Type objects: the builtin names and sizes, names as strings, derived
# types and their attributes, equality of aliases, typeof, calling a type
# to allocate a value, and lib.address for a symbol's address.
import ffi

for name in ["void", "bool", "char", "int8", "uint8", "int16", "uint16", "int32", "uint32",
             "int64", "uint64", "short", "ushort", "int", "uint", "long", "ulong", "longlong",
             "ulonglong", "size_t", "ssize_t", "float", "double", "str", "bytes", "voidp"]:
    ct = getattr(ffi, name)
    print(name, ct.name, ct.size, ffi.alignof(ct), ct.kind)

print(ffi.typeof(" double "), ffi.typeof("int **"), ffi.typeof("void*").target)
print(ffi.int == ffi.int32, ffi.uint != ffi.int, ffi.long == ffi.int64, ffi.char == ffi.int8)
print(ffi.ptr(ffi.int) == ffi.ptr("int32"), hash(ffi.ptr(ffi.int)) == hash(ffi.ptr("int")))
print(len({ffi.int, ffi.int32, ffi.typeof("int")}))
arr = ffi.array(ffi.double, 3)
print(arr, arr.kind, arr.length, arr.target, arr.size, arr.fields)
s = ffi.struct("s", [("a", ffi.char)])
print(s == ffi.struct("s", [("a", ffi.char)]), s == s, s.target, s.length)

x = ffi.int32(-5)
print(x, ffi.typeof(x), ffi.sizeof(x), x.value)
print(ffi.double(), ffi.bool(7), ffi.uint8(255), ffi.new("float", 0.1))
p = ffi.ptr(ffi.int)(ffi.NULL)
print(p.value, ffi.typeof(ffi.NULL))

libc = ffi.load(None)
strlen = libc.func("strlen", ffi.size_t, [ffi.str])
print(libc.address("strlen").address == strlen.address, type(libc.address("strlen")).__name__)
print(isinstance(strlen, ffi.Function), isinstance(libc, ffi.Library), isinstance(x, ffi.CData),
      isinstance(ffi.NULL, ffi.Pointer), isinstance(ffi.int, ffi.CType))
print(hash(ffi.ptr(ffi.int)) == hash(ffi.ptr(ffi.int32)), hash(ffi.array("long", 2)) == hash(ffi.array(ffi.int64, 2)))
print(len({ffi.ptr(ffi.int), ffi.ptr(ffi.int32), ffi.typeof("int*")}))
