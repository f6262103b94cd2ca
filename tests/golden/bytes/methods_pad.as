# ljust/rjust/center/zfill
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(b"ab".ljust(5), b"ab".rjust(5), b"ab".center(5), b"ab".center(6, b"*"), b"abc".center(6, b"*"))
print(b"abc".center(4, b"-"), b"ab".center(5, b"-"), b"ab".ljust(1), b"ab".rjust(-3), b"".center(3, b"\x00"))
print(b"42".zfill(5), b"-42".zfill(5), b"+42".zfill(5), b"-".zfill(3), b"".zfill(2), b"abc".zfill(2), b"x-1".zfill(5))
s = b"abc"
print(s.ljust(2) is s, s.zfill(3) is s, s.center(0) is s)
attempt(lambda: b"a".ljust())
attempt(lambda: b"a".rjust(3, b"ab"))
attempt(lambda: b"a".center(3, "*"))
attempt(lambda: b"a".ljust(3, 42))
attempt(lambda: b"a".center("3"))
attempt(lambda: b"a".rjust(3, b"*", 1))
attempt(lambda: b"a".ljust(width=3))
attempt(lambda: b"a".zfill())
attempt(lambda: b"a".zfill(1, 2))
attempt(lambda: b"a".zfill(2.0))
