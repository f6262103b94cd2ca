# partial: stored arguments first, keywords merged (call's win), nested
# partials flattened, CPython's repr and errors.
from functools import partial

def f(a, b, c=0, **kw):
    return a, b, c, kw

p = partial(f, 1, c=3)
print(p(2), p(2, c=4, d=5), p.func is f, p.args, p.keywords)
q = partial(p, 2, e=6)
print(q(), q.func is f, q.args, q.keywords)
print(repr(partial(len)).startswith('functools.partial(<built-in function len>'), repr(partial(max, 1, 2, key=abs)))
basetwo = partial(int, base=2)
basetwo.__doc__ = 'Convert base 2 string to an int.'
print(basetwo('10010'), basetwo.__doc__)
print(partial(sorted, key=lambda x: -x)([3, 1, 2]), partial(print, sep='-')('a', 'b') is None)

class C:
    m = partial(f, 'bound?')
print(C().m(1))

class MyPartial(partial):
    pass
mp = MyPartial(f, 1)
print(type(mp).__name__, mp(2), repr(mp).startswith('MyPartial(<function f'))
nested = partial(MyPartial(f, 1), 2)
print(nested.func is f, nested.args)
tagged = partial(f, 1)
tagged.note = 'mine'
print(partial(tagged, 2).func is tagged, partial(tagged, 2).args)

for args in [(), (5,), ('abc', 1)]:
    try:
        partial(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    partial(f)()
except TypeError as e:
    print(type(e).__name__)
