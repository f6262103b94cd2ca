# == and hash follow the referent while it lives; identity afterwards
import gc
import weakref


class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k

    def __hash__(self):
        return hash(self.k)


a, b, c = Key(1), Key(1), Key(2)
ra, rb, rc = weakref.ref(a), weakref.ref(b), weakref.ref(c)
print(ra == rb, ra != rb, ra == rc, hash(ra) == hash(a) == hash(rb))
print(ra == a, ra == 1)
d = {ra: "value"}
print(d[rb])
try:
    ra < rb
except TypeError as e:
    print("TypeError:", e)
del a, b
gc.collect()
print(ra == rb, ra == ra, hash(ra) == hash(1))
del c
gc.collect()
try:
    hash(rc)
except TypeError as e:
    print("TypeError:", e)
