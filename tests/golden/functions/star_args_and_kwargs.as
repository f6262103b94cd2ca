# *args collects extra positionals into a tuple, **kwargs extra keywords into a dict
def f(a, *args, **kwargs):
    return a, args, kwargs
print(f(1))
print(f(1, 2, 3))
print(f(1, 2, x=3, y=4))
print(f(*[1, 2], *(3,), **{"k": "v"}, z=0))
def g(**kw):
    return sorted(kw.items())
print(g(b=2, a=1))
