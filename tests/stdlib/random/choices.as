# choices: plain (floor(random() * n)), relative weights and cumulative
# weights (bisect), k items with replacement.
import random

random.seed(8)
print(random.choices('abc'))
print(random.choices('abcde', k=12))
print(random.choices(['x', 'y', 'z'], [10, 1, 1], k=15))
print(random.choices(range(5), cum_weights=[1, 2, 3, 10, 20], k=10))
print(random.choices('ab', [0.25, 0.75], k=10))
print(random.choices('ab', k=0))

for args, kw in [(('abc', [1, 2]), {}), (('abc', [1, 1, 1]), {'cum_weights': [1, 2, 3]}),
                 (('ab', [0, 0]), {}), (('ab', [1, float('inf')]), {}), (('abc', 2), {}),
                 (('ab',), {'cum_weights': [1]})]:
    try:
        random.choices(*args, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
