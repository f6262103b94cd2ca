# Assigning __defaults__ and __kwdefaults__ changes what a call fills in
# (the last defaults go with the last parameters); None or del removes them.
def f(a, b=1, c=2):
    return a, b, c
f.__defaults__ = (10, 20)
print(f.__defaults__, f(0), f(0, 5))
f.__defaults__ = (7, 8, 9, 30)
print(f(), f(1))
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print(e)
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print(e)
def g(*, k=1):
    return k
g.__kwdefaults__ = {'k': 5}
print(g(), g.__kwdefaults__)
del g.__kwdefaults__
try:
    g()
except TypeError as e:
    print(e)
for bad in (lambda: setattr(f, '__defaults__', [1]), lambda: setattr(g, '__kwdefaults__', 5)):
    try:
        bad()
    except TypeError as e:
        print(e)
