# Structs: div() returns a div_t by value; gmtime_r fills a struct tm we
# allocate, through a pointer; fields read and write, layout (sizeof,
# offsetof) follows the C rules, and a struct initialises from a list or
# a dict.
import ffi

libc = ffi.load(None)
div_t = ffi.struct("div_t", [("quot", ffi.int), ("rem", ffi.int)])
div = libc.func("div", div_t, [ffi.int, ffi.int])
r = div(17, 5)
print(r, r.quot, r.rem, r.value)
r = div(-17, 5)                     # C truncates toward zero
print(r.quot, r.rem)
ldiv_t = ffi.struct("ldiv_t", [("quot", ffi.long), ("rem", ffi.long)])
ldiv = libc.func("ldiv", ldiv_t, [ffi.long, ffi.long])
print(ldiv(10**15 + 7, 10).value)

tm = ffi.struct("tm", [
    ("tm_sec", ffi.int), ("tm_min", ffi.int), ("tm_hour", ffi.int),
    ("tm_mday", ffi.int), ("tm_mon", ffi.int), ("tm_year", ffi.int),
    ("tm_wday", ffi.int), ("tm_yday", ffi.int), ("tm_isdst", ffi.int),
    ("tm_gmtoff", ffi.long), ("tm_zone", ffi.str),
])
print(ffi.sizeof(tm), ffi.alignof(tm), ffi.offsetof(tm, "tm_gmtoff"), ffi.offsetof(tm, "tm_zone"))
gmtime_r = libc.func("gmtime_r", ffi.ptr(tm), [ffi.ptr(ffi.int64), ffi.ptr(tm)])
when = ffi.int64(951782400 + 3600 * 13 + 60 * 14 + 15)   # 2000-02-29 13:14:15 UTC
out = ffi.new(tm)
p = gmtime_r(when, out)
print(p == ffi.addressof(out), p.address == out.address)
print(out.tm_year + 1900, out.tm_mon + 1, out.tm_mday, out.tm_hour, out.tm_min, out.tm_sec)
print(out.tm_wday, out.tm_yday, out.tm_isdst, out.tm_gmtoff, out.tm_zone)
print(p[0].tm_mday)                 # the same memory, through the pointer

# writing fields, and the C round trip of timegm
out.tm_year = 70
out.tm_mon = 0
out.tm_mday = 2
out.tm_hour = out.tm_min = out.tm_sec = 0
timegm = libc.func("timegm", ffi.int64, [ffi.ptr(tm)])
print(timegm(out))

# layout with padding, nested structs and array fields
inner = ffi.struct("inner", [("c", ffi.char), ("d", ffi.double)])
outer = ffi.struct("outer", [("a", ffi.uint8), ("inr", inner), ("tag", ffi.array(ffi.char, 3)), ("n", ffi.int16)])
print(ffi.sizeof(inner), ffi.offsetof(inner, "d"), ffi.sizeof(outer), ffi.offsetof(outer, "tag"), ffi.offsetof(outer, "n"))
o = ffi.new(outer, {"a": 1, "inr": [2, 2.5], "tag": b"ab", "n": -2})
print(o.a, o.inr.c, o.inr.d, o.tag.value, o.n)
o.inr.d = 0.25                       # a nested struct is a view, not a copy
print(o.value["inr"].d, o.tag[1])
print(outer.fields[0], outer.name, outer.kind, outer.size)

# a struct initialised from another (a copy), and passed by value
copy = ffi.new(div_t, r)
r.quot = 100
print(copy.quot, r.quot)
in_addr = ffi.struct("in_addr", [("s_addr", ffi.uint32)])
inet_ntoa = libc.func("inet_ntoa", ffi.str, [in_addr])
print(inet_ntoa(ffi.new(in_addr, [0x0100007F])), inet_ntoa([0x04030201]))   # network byte order
