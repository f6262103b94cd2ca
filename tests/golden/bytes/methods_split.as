# lstrip/rstrip, rsplit and splitlines
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

b = b" \t xxhixx \n"
print(b.lstrip(), b.rstrip(), b.lstrip(None), b.rstrip(b" \n"), b"xxhixx".lstrip(b"x"), b"xxhixx".rstrip(b"xi"))
print(b"".lstrip(), b"   ".rstrip(), b"\x0b\x0cab\x1c".strip())
attempt(lambda: b.lstrip("x"))
attempt(lambda: b.rstrip(b"a", b"b"))
attempt(lambda: b.rstrip(chars=b"a"))
print(b"  a b  c  ".rsplit(), b"  a b  c  ".rsplit(None, 1), b"  a b  c  ".rsplit(maxsplit=0))
print(b"a,b,,c".rsplit(b","), b"a,b,,c".rsplit(b",", 1), b"a,b,,c".rsplit(sep=b",", maxsplit=2))
print(b"".rsplit(), b"".rsplit(b","), b"aaa".rsplit(b"aa"), b"a,b".rsplit(b",", -1), b"a b".rsplit(None, 0))
attempt(lambda: b"a".rsplit(b""))
attempt(lambda: b"a".rsplit(","))
attempt(lambda: b"a".rsplit(b",", "1"))
attempt(lambda: b"a".rsplit(b",", 1, 2))
attempt(lambda: b"a".rsplit(foo=1))
t = b"one\ntwo\r\nthree\rfour\x0bfive\x0c\x1c\n\n"
print(t.splitlines())
print(t.splitlines(True))
print(t.splitlines(keepends=1), b"".splitlines(), b"\n".splitlines(), b"x\r".splitlines(True))
attempt(lambda: t.splitlines(True, False))
attempt(lambda: t.splitlines(ends=True))
