# bytes are immutable and hashable: usable as dict keys and set members
d = {b"k": 1, b"k2": 2}
d[b"k"] += 10
print(d, b"k2" in d, len({b"a", b"a", b"b"}))
