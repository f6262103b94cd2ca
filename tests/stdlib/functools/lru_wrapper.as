# The lru_cache wrapper object: eviction order, recursion, methods, typed
# keys, errors, and the cache surviving collections.
import functools
@functools.lru_cache(maxsize=3)
def f(x, y=0, *, z=0):
    print('call', x, y, z)
    return (x, y, z)
for args, kw in [((1,), {}), ((1,), {}), ((1, 2), {}), ((1,), {'y': 2}), ((2,), {'z': 1}), ((1,), {}), ((3,), {}), ((1, 2), {})]:
    f(*args, **kw)
print(f.cache_info(), type(f).__name__, f.__name__, f.__qualname__, f.__module__, f.__wrapped__.__name__)
print(repr(f).startswith('<functools._lru_cache_wrapper object at'), f.__dict__.keys() >= {'__wrapped__'}, f.cache_parameters())
f.cache_clear()
print(f.cache_info())
@functools.lru_cache(maxsize=2)
def rec(n):
    return n if n < 2 else rec(n - 1) + rec(n - 2)
print(rec(30), rec.cache_info())
class A:
    @functools.lru_cache
    def m(self, x):
        return x * 2
    @functools.cache
    def n(self):
        return 'n'
a = A()
print(a.m(2), a.m(2), A.m.cache_info(), a.n(), A.n(a), A.n.cache_info())
calls = []
@functools.lru_cache(maxsize=2, typed=True)
def t(x):
    calls.append(x)
    return x
for v in [1, 1.0, True, 1, 'a', 1.0]:
    t(v)
print(calls, t.cache_info())
@functools.lru_cache(maxsize=None)
def un(*a, **k): return len(a)
for i in range(1000): un(i % 10)
print(un.cache_info())
import gc
for i in range(300):
    f(i, z=i)
    if i % 50 == 0: gc.collect()
print(f.cache_info())
def boom(x):
    raise ValueError(x)
b = functools.lru_cache(boom)
try:
    b(1)
except ValueError as e:
    print('ValueError', e, b.cache_info())
try:
    f([1])
except TypeError as e:
    print('TypeError', e)
print(functools.lru_cache(maxsize=None)(len).cache_parameters(), functools._lru_cache_wrapper.__name__ if hasattr(functools, '_lru_cache_wrapper') else '')
