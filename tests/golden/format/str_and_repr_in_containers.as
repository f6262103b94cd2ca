# containers always show the repr of their elements
class R:
    def __repr__(self):
        return "R()"
    def __str__(self):
        return "str-of-R"
r = R()
print(r, str(r), repr(r), [r], (r,), {"k": r}, f"{r}", f"{r!r}")
print(["a", 1, 2.0, None, True, b"x", ("t",)])
