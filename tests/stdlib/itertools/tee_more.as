# tee iterators: blocks of shared items, copies (__copy__), a tee of a
# tee sharing its buffer, n of 0 and 1.
import itertools
a, b = itertools.tee(range(200))
print(list(itertools.islice(a, 130))[-3:], next(b), len(list(b)), len(list(a)))
x, = itertools.tee('abc', 1)
print(type(x).__name__, list(x))
p, q = itertools.tee(iter([1, 2, 3]))
r, s = itertools.tee(p)
print(next(p), next(r), list(s), list(q), r is p, type(r).__name__)
c = a.__copy__()
print(list(c))
m, n = itertools.tee([])
print(list(m), list(n), itertools.tee('ab', 0))
t1, t2 = itertools.tee(i * i for i in range(5))
print(next(t1), next(t2), next(t2), list(t1), list(t2))
print(type(itertools.tee([])[0]).__name__)
