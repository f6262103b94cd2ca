# heappush/heappop keep the heap invariant; popping everything sorts.
import heapq
import random

r = random.Random(1)
data = [r.randrange(100) for _ in range(50)]
h = []
for x in data:
    heapq.heappush(h, x)
    assert all(h[(i - 1) // 2] <= h[i] for i in range(1, len(h)))
print(h)
print([heapq.heappop(h) for _ in range(len(h))] == sorted(data), h)
h = ['d', 'a', 'c', 'b']
heapq.heapify(h)
print(h, heapq.heappop(h), h)
print(heapq.heappop([7]))
