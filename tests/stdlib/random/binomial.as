# binomialvariate (3.12): the n == 1 fast path, the geometric method for
# small n*p, BTRS for the rest, and symmetry for p > 0.5.
import random

r = random.Random(17)
print([r.binomialvariate() for _ in range(20)])
print([r.binomialvariate(1, 0.9) for _ in range(20)])
print([r.binomialvariate(10, 0.2) for _ in range(20)])
print([r.binomialvariate(50, 0.1) for _ in range(20)])
print([r.binomialvariate(100, 0.5) for _ in range(20)])
print([r.binomialvariate(1000, 0.3) for _ in range(20)])
print([r.binomialvariate(100, 0.95) for _ in range(20)])
print([r.binomialvariate(10**6, 0.001) for _ in range(5)])
print(r.binomialvariate(5, 0.0), r.binomialvariate(5, 1.0), r.binomialvariate(0, 0.5))
for args in [(-1, 0.5), (5, 1.5), (5, -0.1)]:
    try:
        r.binomialvariate(*args)
    except ValueError as e:
        print(type(e).__name__, e)
