# dicts keep insertion order; updating a key keeps its place; re-adding moves to the end
d = {}
for k in ["zeta", "alpha", "mid", 3, 1, 2]:
    d[k] = len(d)
print(d)
d["zeta"] = "updated"
print(list(d))
del d["alpha"]
d["alpha"] = "back"
print(d)
