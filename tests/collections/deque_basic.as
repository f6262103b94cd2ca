# collections.deque: construction, the methods, indexing, iteration.
from collections import deque
import collections

print('deque' in collections.__all__, collections.deque is deque)
print(deque(), deque([]), deque(()), deque('abc'), deque(range(5)))
print(deque([1, 2], None), deque(iterable=[3], maxlen=None), deque(maxlen=2))
print(deque({'x': 1, 'y': 2}), deque(x * x for x in range(4)))

d = deque()
print(len(d), bool(d), d.maxlen)
d.append(1)
d.append(2)
d.appendleft(0)
d.appendleft(-1)
print(d, len(d), bool(d))
print(d.pop(), d.popleft(), d)
d.extend([3, 4, 5])
d.extend(())
d.extend(range(6, 8))
print(d)
d.extendleft('ab')
print(d)
d.extend(d)
print(d)
d.extendleft(d)
print(d)
d.clear()
print(d, len(d))
d.clear()

d = deque([1, 2, 3, 2, 1, 2])
print(d.count(2), d.count(9), d.count(1.0))
print(d.index(2), d.index(2, 2), d.index(2, 4), d.index(1, -2), d.index(3, -100, 100))
print(d.index(2, 2, 4), d.index(1, 0, -1))
d.remove(2)
print(d)
d.remove(2)
print(d)
d.insert(0, 'a')
d.insert(2, 'b')
d.insert(-1, 'c')
d.insert(100, 'z')
d.insert(-100, 'y')
d.insert(len(d), 'end')
print(d)
d.reverse()
print(d)
d = deque()
d.reverse()
d.insert(0, 1)
d.insert(-5, 0)
print(d)

# copies
d = deque([[1], 2])
c = d.copy()
print(c, c is d, c[0] is d[0], type(c).__name__)
c2 = d.__copy__()
c2.append(3)
print(c2, d)

# indexing
d = deque('abcdef')
print(d[0], d[5], d[-1], d[-6], d[True])
d[0] = 'A'
d[-1] = 'F'
d[2] = 'C'
print(d)
del d[0]
print(d)
del d[-1]
print(d)
del d[1]
print(d)
del d[-2]
print(d)

class Idx:
    def __init__(self, i):
        self.i = i
    def __index__(self):
        return self.i

print(d[Idx(1)], d[Idx(-1)])
d[Idx(0)] = 'first'
print(d)

# iteration, reversed, in
d = deque(range(6))
print(list(d), list(reversed(d)), [x for x in d if x % 2])
print(3 in d, 9 in d, 3.0 in d, 'x' not in d)
it = iter(d)
print(next(it), next(it), list(it), list(it))
r = reversed(deque())
print(list(r))
print(sum(deque([1, 2, 3])), max(deque([4, 9, 2])), sorted(deque([3, 1, 2])))
print(type(iter(d)).__name__, type(reversed(d)).__name__)
print(tuple(deque('xy')), list(enumerate(deque('xy'))))

# maxlen is read-only
print(deque(maxlen=0).maxlen, deque([1], 5).maxlen, deque(maxlen=True).maxlen)
try:
    d.maxlen = 3
except AttributeError as e:
    print('AttributeError', e)

# __init__ again starts over
d = deque([1, 2, 3])
d.__init__([9], 4)
print(d)
d.__init__()
print(d)
