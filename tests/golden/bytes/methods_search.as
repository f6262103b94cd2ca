# rfind/rindex/partition/rpartition, with start/end and their errors
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

b = b"abcabcab"
print(b.rfind(b"ab"), b.rfind(b"ab", 0, 7), b.rfind(b"zz"), b.rfind(b""), b.rfind(b"", 3, 5))
print(b.rfind(99), b.rfind(b"c", None, -3), b.rfind(b"a", -2), b.rfind(b"a", 10), b.rfind(b"", 20))
print(b.rindex(b"bc"), b.rindex(97), b.rindex(b"a", None, None), b.rindex(b"", 2, 4))
attempt(lambda: b.rindex(b"zz"))
attempt(lambda: b.rindex(b"ab", 7))
attempt(lambda: b.rfind("ab"))
attempt(lambda: b.rfind(256))
attempt(lambda: b.rindex())
attempt(lambda: b.rfind(b"a", 0, 1, 2))
attempt(lambda: b.rfind(b"a", "x"))
print(b.partition(b"ca"), b.rpartition(b"ca"))
print(b.partition(b"zz"), b.rpartition(b"zz"))
print(b.partition(b"ab"), b.rpartition(b"ab"), b"".partition(b"x"), b"".rpartition(b"x"))
s = b"x=1"
print(s.partition(b"zz")[0] is s, s.rpartition(b"zz")[2] is s)
attempt(lambda: b.partition(b""))
attempt(lambda: b.rpartition(b""))
attempt(lambda: b.partition("a"))
attempt(lambda: b.rpartition(97))
attempt(lambda: b.partition())
attempt(lambda: b.rpartition(b"a", b"b"))
print(b"abc".removeprefix(b"ab"), b"abc".removeprefix(b"x"), b"abc".removeprefix(b""), b"abc".removeprefix(b"abcd"))
print(b"abc".removesuffix(b"bc"), b"abc".removesuffix(b"x"), b"abc".removesuffix(b""), b"abc".removesuffix(b"abc"))
attempt(lambda: b"abc".removeprefix("a"))
attempt(lambda: b"abc".removesuffix(None))
attempt(lambda: b"abc".removeprefix())
print(b"".isascii(), b"abc\x7f".isascii(), b"ab\x80".isascii())
attempt(lambda: b"a".isascii(1))
