# sample uses a pool copy for small populations and a set of picked
# positions for large ones, chosen by CPython's rule; counts= repeats items.
import random

random.seed(3)
print(random.sample(range(10), 10))
print(random.sample(range(20), 5))
print(random.sample(range(21), 5))
print(random.sample(range(22), 5))
print(random.sample(range(100), 6))
print(random.sample(range(10000), 10))
print(random.sample(range(10**12), 5))
print(random.sample('abcdefghijklmnopqrstuvwxyz', 7))
print(random.sample(('x', 'y', 'z'), 0), random.sample([1, 2, 3], 3))
print(random.sample(range(60), 30))
print(random.sample(['red', 'blue'], counts=[4, 2], k=5))
print(random.sample(range(3), 6, counts=[1, 2, 3]))

for args, kw in [((range(3), 4), {}), ((range(3), -1), {}), (({1, 2}, 1), {}), (({'a': 1}, 1), {}),
                 ((['a', 'b'], 1), {'counts': [1]}), ((['a'], 1), {'counts': [0]}),
                 ((['a'], 1), {'counts': [1.5]}), ((['a'], 2), {'counts': [1]})]:
    try:
        random.sample(*args, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
