# heapify in place, O(n), with CPython's layout of the result.
import heapq
import random

for n in [0, 1, 2, 3, 10, 31, 100]:
    r = random.Random(n)
    x = [r.random() for _ in range(n)]
    y = x[:]
    heapq.heapify(y)
    print(n, y[:8], sorted(x) == sorted(y))
z = [5, 5, 5, 1, 1, 1, 3, 3]
heapq.heapify(z)
print(z)
big = list(range(3000, 0, -1))
heapq.heapify(big)
print(big[:10], big[-5:])
