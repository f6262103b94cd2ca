# bytearray construction, repr, indexing, slicing, iteration, comparison
print(bytearray(), bytearray(3), bytearray([1, 2, 255]), bytearray(b"ab'c"))
print(bytearray("héllo", "utf-8"), bytearray("abc", "ascii", "strict"), bytearray(range(65, 70)))
print(bytearray(bytearray(b"xy")), bytes(bytearray(b"q\n\x00")), bytearray(b'say "hi"'))
print(str(bytearray(b"abc")), repr(bytearray(b"it's")))
b = bytearray(b"hello world")
print(len(b), b[0], b[-1], b[1:5], b[::2], b[::-1], b[5:2], b[-3:])
print(list(bytearray(b"abc")), [x for x in bytearray(b"\x01\x02")])
print(104 in b, b"wor" in b, bytearray(b"lo") in b, b"" in b, 7 in b, b"xyz" in b)
print(b == b"hello world", b"hello world" == b, b == bytearray(b"hello world"), b != b"x")
print(bytearray(b"a") < b"b", b"a" < bytearray(b"b"), bytearray(b"ab") >= bytearray(b"a"), b == "hello world")
print(bytearray(b"ab") + b"cd", b"ab" + bytearray(b"cd"), bytearray(b"x") + bytearray(b"y"))
print(bytearray(b"ab") * 3, 2 * bytearray(b"xy"), bytearray(b"ab") * -1, bytearray(b"ab") * 0)
c = bytearray(b"ab")
d = c
c += b"cd"
c += bytearray(b"!")
print(c, d, c is d)
c *= 2
print(c, d)
c += c[:]
print(c)
print(type(b"x" + bytearray(b"y")).__name__, type(bytearray(b"y") + b"x").__name__)
print(isinstance(b, bytearray), isinstance(b, bytes), isinstance(b"x", bytearray), type(b).__name__)
print(bool(bytearray()), bool(bytearray(1)), bytearray(b"abc").decode(), bytearray(b"\xc3\xa9").decode("utf-8"))
print(b"".join([bytearray(b"x"), b"y"]), b"-".join([bytearray(b"a"), bytearray(b"b")]))
print(b"abc".find(bytearray(b"c")), b"abcb".count(bytearray(b"b")), bytearray(b"b") in b"abc")
print(bytearray.fromhex("de ad be ef"), bytearray(b"\xde\xad").hex(), bytearray(b"\x01\x02").hex(":"))
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print("TypeError:", e)
try:
    {bytearray(): 1}
except TypeError as e:
    print("TypeError:", e)
it = iter(bytearray(b"ab"))
print(type(it).__name__, next(it))
b = bytearray(b"cab")
print(list(reversed(b)), sorted(b), max(b), sum(b), bytearray, bytearray.__name__, b"ab" in [bytearray(b"ab")])
print(bytearray(b"ab") != bytearray(b"ab"), bytearray(b"ab") == 1, f"{b}", "%s" % b, tuple(b))
print(issubclass(bytearray, bytes), isinstance(b, (bytes, bytearray)), type(b) is bytearray, b.count(97))
