# Items are compared with < only, so instances of classes defining __lt__
# work; ties keep CPython's order (tuples with a counter are the idiom).
import heapq

class Task:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name
    def __lt__(self, other):
        return self.prio < other.prio
    def __repr__(self):
        return f'Task({self.prio}, {self.name!r})'

h = []
for i, p in enumerate([3, 1, 2, 1, 3, 2, 1]):
    heapq.heappush(h, Task(p, 'n%d' % i))
print(h)
print([heapq.heappop(h) for _ in range(len(h))])

h = []
for i, (p, v) in enumerate([(2, 'b'), (1, 'a'), (2, 'c'), (1, 'd')]):
    heapq.heappush(h, (p, i, v))
print([heapq.heappop(h)[2] for _ in range(4)])

class Bad:
    def __lt__(self, other):
        raise RuntimeError('no order')
h = [Bad()]
try:
    heapq.heappush(h, Bad())
except RuntimeError as e:
    print('RuntimeError', e, len(h))
try:
    heapq.heappush([1], 'a')
except TypeError as e:
    print('TypeError', e)
