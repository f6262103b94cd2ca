# printf-style % formatting
print("%d items" % 5, "%s and %s" % ("a", "b"), "%r" % "q", "%5d|" % 42, "%-5d|" % 42)
print("%.2f %10.3f %e %g %x %X %o %c %%" % (3.14159, 2.5, 12345.678, 0.0001, 255, 255, 8, 65))
print("%(name)s is %(age)d" % {"name": "Al", "age": 30})
print("%05d %+d %i %s" % (42, 5, 7, [1, 2]))
print("%s" % (1,), "%s" % "single", "%.3s" % "abcdef", "%*d" % (6, 1))
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%d %d" % (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    "%d" % (1, 2)
except TypeError as e:
    print("TypeError:", e)
