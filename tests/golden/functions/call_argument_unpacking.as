# * and ** in calls spread iterables and mappings into arguments
def show(a, b, c=0, *rest, **kw):
    return f"a={a} b={b} c={c} rest={rest} kw={kw}"
print(show(*range(2)))
print(show(*"xyzw"))
print(show(1, *[2, 3], 4, **{"k": 5}))
print(show(**{"a": 1, "b": 2}))
try:
    show(**{"a": 1, "b": 2}, a=3)
except TypeError as e:
    print("TypeError:", e)
try:
    show(*5)
except TypeError as e:
    print("TypeError:", e)
