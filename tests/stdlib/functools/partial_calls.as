# partial calls: stored and new positional and keyword arguments (many of
# them too), attributes of its own, flattening rules, subclasses with
# their own __call__.
from functools import partial
def f(*a, **k): return a, k
p = partial(f, 1, 2, x=3)
print(p(3, y=4), p(x=9), partial(f)(1, z=2), partial(f, 1)(2, k=3))
big = partial(f, *range(10))
print(big(*range(10, 20), q=1))
p.__doc__ = 'doc'; p.attr = 5
print(p.__dict__, p.__doc__, partial(p, 7).func is p)
r = partial(f)
r2 = partial(r, 1)
print(r2.func is f, repr(partial(f, [1], a='x')).split(' at ')[0], repr(partial(f, a=1))[-6:])
class P(partial):
    def __call__(self, *a):
        return 'own'
q = P(f, 1)
print(q(), partial(q, 2).func is q, type(partial(q, 2)).__name__)
print(partial(partial(f, a=1), a=2, b=3).keywords, partial.__name__, partial.__module__, type(p))
import gc; gc.collect()
print(p(0))
