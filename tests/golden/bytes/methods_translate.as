# translate and the static maketrans
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

table = bytes.maketrans(b"abc", b"xyz")
print(len(table), table[97:100], table[:3], bytes.maketrans(b"", b"") == bytes(range(256)))
print(b"aabbcc-abc".translate(table), b"aabbcc".translate(table, b"b"), b"aabbcc".translate(None, b"ac"))
print(b"aabbcc".translate(None), b"abc".translate(table, delete=b"xyzc"), b"".translate(table))
s = b"hello"
print(s.translate(None) is s, s.translate(bytes.maketrans(b"q", b"r")) is s, s.translate(None, b"") is s)
print(b"abc".maketrans(b"a", b"b")[97:98])
attempt(lambda: b"abc".translate(b"short"))
attempt(lambda: b"abc".translate("x" * 256))
attempt(lambda: b"abc".translate(None, "a"))
attempt(lambda: b"abc".translate())
attempt(lambda: b"abc".translate(None, b"", 1))
attempt(lambda: b"abc".translate(None, remove=b"a"))
attempt(lambda: bytes.maketrans(b"ab", b"c"))
attempt(lambda: bytes.maketrans("a", b"c"))
attempt(lambda: bytes.maketrans(b"a", 1))
attempt(lambda: bytes.maketrans(b"a"))
attempt(lambda: bytes.maketrans(b"a", b"b", b"c"))
attempt(lambda: bytes.maketrans(b"a", to=b"b"))
attempt(lambda: b"a".translate(table=None))
