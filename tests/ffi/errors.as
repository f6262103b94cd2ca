# Bad use of ffi is an exception, never a crash: unknown library or
# symbol, bad type names, wrong argument count or type, None where a
# pointer is wanted, ints out of range for the C type, out-of-bounds
# access, str stored into C memory, bad struct declarations.
import ffi

def attempt(f):
    try:
        f()
    except Exception as e:
        msg = str(e)
        if isinstance(e, OSError):
            msg = msg.split(":")[0]          # dlerror's wording varies
        print(type(e).__name__ + ":", msg)
    else:
        print("no error")

attempt(lambda: ffi.load("libdoesnotexist.so.9"))
attempt(lambda: ffi.load(42))
libc = ffi.load(None)
attempt(lambda: libc.func("no_such_function_here", ffi.int, []))
attempt(lambda: libc.func("abs", "integer", ["int"]))
attempt(lambda: libc.func("abs", ffi.int, [ffi.void]))
attempt(lambda: libc.func("abs", ffi.array(ffi.int, 2), []))
attempt(lambda: libc.func("abs", 3.5, []))
labs = libc.func("labs", ffi.long, [ffi.long])
attempt(lambda: labs())
attempt(lambda: labs(1, 2))
attempt(lambda: labs("7"))
attempt(lambda: labs(1.5))
attempt(lambda: labs(2**63))
attempt(lambda: labs(x=1))
print(labs(-2**63 + 1), labs(-5))

u8 = libc.func("abs", ffi.int, [ffi.uint8])
attempt(lambda: u8(256))
attempt(lambda: u8(-1))
print(u8(255))

strlen = libc.func("strlen", ffi.size_t, [ffi.str])
attempt(lambda: strlen(None))
attempt(lambda: strlen(5))
print(strlen(b"ok"))
memset = libc.func("memset", ffi.voidp, [ffi.ptr(ffi.int), ffi.int, ffi.size_t])
attempt(lambda: memset(ffi.new(ffi.double), 0, 8))
attempt(lambda: memset(ffi.addressof(ffi.new(ffi.array(ffi.double, 1))), 0, 8))

snprintf = libc.func("snprintf", ffi.int, ["char*", ffi.size_t, "char*"], variadic=True)
buf = ffi.buffer(16)
attempt(lambda: snprintf(buf, 16))
attempt(lambda: snprintf(buf, 16, b"%d", 5))

arr = ffi.new(ffi.array(ffi.int8, 2))
attempt(lambda: arr[2])
attempt(lambda: arr.__setitem__(0, 128))
attempt(lambda: arr.__setitem__("x", 1))
attempt(lambda: arr.__setitem__(0, "a"))
cell = ffi.new(ffi.int)
attempt(lambda: cell[0])
attempt(lambda: len(cell))
attempt(lambda: ffi.new(ffi.void))
attempt(lambda: ffi.new(ffi.int, "x"))
attempt(lambda: ffi.new(ffi.int, 2**40))

holder = ffi.struct("holder", [("name", ffi.str), ("n", ffi.int)])
h = ffi.new(holder)
attempt(lambda: setattr(h, "name", "temporary"))
attempt(lambda: setattr(h, "nope", 1))
attempt(lambda: h.nope)
attempt(lambda: ffi.new(holder, [None]))
attempt(lambda: ffi.new(holder, {"n": 1, "extra": 2}))
print(h.name, h.n)
attempt(lambda: ffi.struct("empty", []))
attempt(lambda: ffi.struct("bad", [("a",)]))
attempt(lambda: ffi.struct("bad", [("a", ffi.void)]))
attempt(lambda: ffi.struct(5, [("a", ffi.int)]))
attempt(lambda: ffi.array(ffi.int, -1))
attempt(lambda: ffi.array(ffi.void, 2))
attempt(lambda: ffi.offsetof(holder, "zzz"))
attempt(lambda: ffi.offsetof(ffi.int, "x"))
attempt(lambda: ffi.string(ffi.NULL))
attempt(lambda: ffi.string(5))
attempt(lambda: ffi.addressof(5))
attempt(lambda: ffi.cast(ffi.int, "5"))
attempt(lambda: ffi.cast(holder, 5))
attempt(lambda: ffi.callback(5, ffi.int, []))
attempt(lambda: ffi.sizeof("bogus*"))
print(ffi.sizeof("int **"), ffi.sizeof("double"), ffi.sizeof(ffi.void))
