# get/setdefault/pop/popitem/update/fromkeys/copy/clear
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d["b"])
print(d.setdefault("c", 3), d.setdefault("a", 99), d)
print(d.pop("b"), d.pop("zz", "default"), d)
print(d.popitem(), d)
d.update({"x": 10}, y=20)
d.update([("z", 30)])
print(d)
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
e = d.copy()
e["new"] = 1
d.clear()
print(d, e)
try:
    {}.popitem()
except KeyError as ex:
    print("KeyError:", ex)
try:
    d.pop("missing")
except KeyError as ex:
    print("KeyError:", ex)
