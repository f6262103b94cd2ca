# Declaring functions in C syntax: lib.cdecl parses one declaration as a
# header writes it (qualifiers, parameter names, array parameters,
# (void), ...), with struct and typedef names from a dict; type names in
# C syntax work wherever a type is expected.  Mistakes are ValueErrors
# naming the column.
import ffi

libm = ffi.load("libm.so.6")
libc = ffi.load(None)
cos = libm.cdecl("double cos(double x);")
frexp = libm.cdecl("double frexp(double x, int *exp)")
print(cos, cos(0.0))
e = ffi.int()
print(frexp(12.0, e), e.value, frexp)
strlen = libc.cdecl("size_t strlen(const char *s);")
print(strlen("four"), strlen)
snprintf = libc.cdecl("int snprintf(char *restrict buf, size_t n, const char *restrict fmt, ...);")
buf = ffi.buffer(16)
print(snprintf(buf, len(buf), "%s=%lu", "n", ffi.ulong(7)), ffi.string(buf), snprintf)
getpid = libc.cdecl("int getpid(void)")
print(getpid() > 0, getpid)
memset = libc.cdecl("void *memset(void *s, int c, size_t n)")
print(memset)
labs = libc.cdecl("long int labs(long int j)")
toupper = libc.cdecl("int toupper(int c)")
strtoul = libc.cdecl("unsigned long strtoul(const char *s, char **end, int base)")
print(labs(-3), chr(toupper(ord("a"))), strtoul("ff", ffi.NULL, 16), strtoul)
sum_arr = libc.cdecl("void qsort(void *base, size_t n, size_t size, void *cmp)")
print(sum_arr)
arr = libc.cdecl("char *strcpy(char dst[16], const char src[])")
print(arr)

tm = ffi.struct("tm", [("tm_sec", ffi.int), ("tm_min", ffi.int), ("tm_hour", ffi.int),
                       ("tm_mday", ffi.int), ("tm_mon", ffi.int), ("tm_year", ffi.int),
                       ("tm_wday", ffi.int), ("tm_yday", ffi.int), ("tm_isdst", ffi.int),
                       ("tm_gmtoff", ffi.long), ("tm_zone", ffi.str)])
gmtime_r = libc.cdecl("struct tm *gmtime_r(const time_t *timep, struct tm *result);",
                      {"struct tm": tm, "time_t": ffi.int64})
out = ffi.new(tm)
gmtime_r(ffi.int64(0), out)
print(gmtime_r, out.tm_year + 1900, out.tm_zone)

for name in ["unsigned", "signed char", "unsigned char", "short int", "unsigned short", "long long",
             "unsigned long long int", "const char * const", "int32_t*", "uint8_t", "_Bool", "void **",
             "const volatile unsigned int"]:
    print(repr(name), ffi.typeof(name))

bad = ["", "double", "double cos", "double cos(", "double cos(double", "double cos(double,)",
       "double cos(double) extra", "cos(double)", "double cos(x)", "double cos(void x)",
       "int f(...)", "int f(int, ..., int)", "long double f(void)", "int f(int (*cmp)(int))",
       "unsigned float f(void)", "struct tm *f(void)", "int f(int a[)", "int f(int @)",
       "short long f(void)", "char char f(void)"]
for text in bad:
    try:
        libc.cdecl(text)
        print("no error for", repr(text))
    except ValueError as e:
        print("ValueError:", e)
for name in ["unsigned float", "int int", "struct tm", "int)", "long double"]:
    try:
        ffi.typeof(name)
    except ValueError as e:
        print("ValueError:", e)
try:
    libc.cdecl("int no_such_function(void)")
except AttributeError as e:
    print("AttributeError:", e)
try:
    libc.cdecl(5)
except TypeError as e:
    print("TypeError:", e)
try:
    libc.cdecl("int f(time_t t)", [1])
except TypeError as e:
    print("TypeError:", e)
