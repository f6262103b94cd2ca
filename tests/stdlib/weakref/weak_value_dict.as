# WeakValueDictionary: entries leave when their value dies
import gc
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Obj(%s)" % self.name


cache = weakref.WeakValueDictionary()
a, b, c = Obj("a"), Obj("b"), Obj("c")
cache["a"] = a
cache["b"] = b
cache.update({"c": c})
print(len(cache), sorted(cache), cache["a"], "b" in cache, cache.get("zz", "missing"))
print(sorted(cache.keys()), sorted(v.name for v in cache.values()), sorted(k for k, v in cache.items()))
print(len(cache.valuerefs()), repr(cache).startswith("<WeakValueDictionary at 0x"))
del b
gc.collect()
print(len(cache), sorted(cache), "b" in cache, cache.get("b"))
try:
    cache["b"]
except KeyError as e:
    print("KeyError:", e)
print(cache.pop("a"), len(cache), cache.setdefault("c", None), cache.setdefault("d", a))
copy = cache.copy()
print(type(copy).__name__, sorted(copy))
del cache["d"]
print(sorted(cache), cache.popitem())
cache["a"] = a
cache["a"] = c
del a
gc.collect()
print(sorted(cache), cache["a"])
