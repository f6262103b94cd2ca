# KeyError carries the key; a dict subclass can define __missing__
d = {"a": 1}
try:
    d["b"]
except KeyError as e:
    print("KeyError:", e, e.args, repr(e))
try:
    d[(1, 2)]
except KeyError as e:
    print("KeyError:", e)
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "banana":
    c[ch] = c[ch] + 1
print(c, c["zzz"], "zzz" in c, type(c).__name__)
