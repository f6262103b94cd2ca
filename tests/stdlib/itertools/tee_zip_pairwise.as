# tee, zip_longest, pairwise, batched.
from itertools import tee, zip_longest, pairwise, batched, count, islice

a, b = tee([1, 2, 3, 4])
print(next(a), next(a), list(b), list(a))
x, y, z = tee('abc', 3)
print(list(x), list(z), list(y))
print(tee([], 0), len(tee('a', 5)))
gen = (i * i for i in range(5))
p, q = tee(gen)
print(list(islice(p, 2)), list(q), list(p))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()), list(zip_longest([1], [])))
print(list(zip_longest(range(3), 'ab', [True])), list(islice(zip_longest(count(), 'ab'), 4)))
print(list(pairwise('ABCDEFG')), list(pairwise('a')), list(pairwise([])), list(pairwise(range(3))))
print(list(batched('ABCDEFG', 3)), list(batched(range(4), 2)), list(batched([], 3)), list(batched('ab', 5)))
for f in [lambda: tee([], -1), lambda: batched('ab', 0), lambda: batched('ab', -2)]:
    try:
        f()
    except ValueError as e:
        print(type(e).__name__, e)
