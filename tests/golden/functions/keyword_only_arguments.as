# parameters after * or *args can only be passed by keyword
def f(a, *, key, flag=False):
    return a, key, flag
print(f(1, key=2), f(1, flag=True, key=3))
try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
def g(*args, sep="-"):
    return sep.join(args)
print(g("a", "b"), g("a", "b", sep="+"))
