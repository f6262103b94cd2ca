# Argument errors name a function by its __qualname__, which code that
# makes functions (dataclasses, namedtuple) sets after creating them.
def f(x, y=1, *, k):
    pass

f.__qualname__ = 'Point.__init__'
for call in (lambda: f(), lambda: f(1, k=0, z=2), lambda: f(1, 2, 3, k=0),
             lambda: f(1, x=1, k=0), lambda: f(1)):
    try:
        call()
    except TypeError as e:
        print(e)

def g(a, /):
    pass

g.__qualname__ = 'renamed'
try:
    g(a=1)
except TypeError as e:
    print(e)
