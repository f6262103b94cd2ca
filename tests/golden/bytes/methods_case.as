# capitalize/swapcase/title/istitle/expandtabs: ASCII rules only
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

for b in [b"", b"hello wORLD", b"123abc DEF", b"\xe9t\xc9 x", b"they're bill's 2nd-class", b"a1b2 c_d"]:
    print(b.capitalize(), b.swapcase(), b.title(), b.istitle(), b.title().istitle())
print(b"Hello World".istitle(), b"HeLLo".istitle(), b"123".istitle(), b"A1B".istitle(), b"Ab Cd1E".istitle())
attempt(lambda: b"a".capitalize(1))
attempt(lambda: b"a".swapcase(x=1))
attempt(lambda: b"a".title(None))
attempt(lambda: b"a".istitle(1))
t = b"a\tbc\tdef\tghij\t|\n\tx\r\ty"
print(t.expandtabs(), t.expandtabs(4), t.expandtabs(tabsize=1), t.expandtabs(0), t.expandtabs(-3))
print(b"".expandtabs(), b"\t".expandtabs(2), b"\xff\t".expandtabs(3), b"no tabs".expandtabs())
attempt(lambda: t.expandtabs("4"))
attempt(lambda: t.expandtabs(4, 5))
attempt(lambda: t.expandtabs(size=4))
