# the first iterable is evaluated once; conditions and values per item, in order
def src(name, items):
    print("iter", name)
    return items
r = [(print("value", a, b) or (a, b)) for a in src("outer", [1, 2]) if print("check", a) is None for b in src("inner", "xy")]
print(r)
