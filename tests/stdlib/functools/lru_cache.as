# lru_cache: bare or called, maxsize (LRU eviction, 0, None), typed,
# cache_info() and cache_clear(), keywords, methods.
import functools

@functools.lru_cache(maxsize=3)
def square(x):
    print('computing', x)
    return x * x

for x in [1, 2, 3, 1, 4, 2, 1, 3]:
    square(x)
print(square.cache_info())
print(square.cache_info().hits, square.cache_info().currsize, tuple(square.cache_info()))
square.cache_clear()
print(square.cache_info(), square.__name__, square.__wrapped__(5), square.cache_parameters())

@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info(), fib.cache_parameters())

@functools.lru_cache(maxsize=None)
def f(*args, **kwargs):
    return len(args) + len(kwargs)
f(1)
f(1)
f(1, a=2)
f(1, a=2)
f(a=2, b=3)
f(b=3, a=2)
print(f.cache_info())

@functools.lru_cache(typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info())

@functools.lru_cache()
def u(x):
    return x
print(u(1), u(1.0), u(True), u.cache_info())

@functools.lru_cache(maxsize=0)
def z(x):
    return x
z(1)
z(1)
print(z.cache_info())

@functools.lru_cache(maxsize=-5)
def neg(x):
    return x
neg(1)
print(neg.cache_info())

class Thing:
    @functools.lru_cache
    def area(self, k):
        return k * 2
a = Thing()
print(a.area(3), a.area(3), Thing.area.cache_info())

try:
    u([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    functools.lru_cache('x')
except TypeError as e:
    print(type(e).__name__, e)
