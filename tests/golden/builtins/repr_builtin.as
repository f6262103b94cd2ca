# repr() of builtin values
for v in (1, -1.5, "s", "it's", b"b", None, True, [1, "a"], (1,), {"k": [None]}, {1}, range(3), 1e100, ..., NotImplemented, len, int, object):
    print(repr(v))
