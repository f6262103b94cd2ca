# count, cycle, repeat: lazy, with CPython's reprs.
from itertools import count, cycle, repeat, islice

c = count()
print(next(c), next(c), c)
print(list(islice(count(10), 4)), list(islice(count(1, 3), 4)), list(islice(count(0.5, 0.25), 4)))
print(list(islice(count(5, -2), 4)), list(islice(count(2**64), 2)))
print(count(5), count(5, 2), count(1.5), count(0, 1.0), count(-1, -1))
c = count(3)
next(c)
print(c)
cy = cycle('abc')
print([next(cy) for _ in range(8)], list(cycle([])))
src = iter([1, 2])
cy = cycle(src)
print([next(cy) for _ in range(5)])
r = repeat('a', 3)
print(r, list(r), r)
print(repeat(None), repeat([1], 0), list(repeat(7, -2)), list(islice(repeat('x'), 3)))
print(list(map(pow, range(5), repeat(2))))
print(type(count()).__name__, type(repeat(1)).__name__, type(cycle('')).__name__)
for f in [lambda: count('a'), lambda: repeat(1, 'x'), lambda: repeat()]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__)
