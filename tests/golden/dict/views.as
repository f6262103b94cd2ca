# keys/values/items views are live, iterable, and keys/items support set ops
d = {"a": 1, "b": 2}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["c"] = 3
print(list(k), list(v), list(it), len(k))
print("a" in k, 2 in v, ("b", 2) in it, ("b", 3) in it)
print(sorted(k & {"a", "c", "z"}), sorted(k - {"a"}), sorted(k | {"q"}))
for key, val in d.items():
    print(key, val)
print(list(reversed(d)), list(reversed(d.values())))
