# Operators: comparison, +, *, +=, *=, repr, hash, subclassing.
from collections import deque

a, b = deque([1, 2, 3]), deque([1, 2, 4])
for x, y in [(a, b), (b, a), (a, a), (a, deque([1, 2])), (deque([1, 2]), a),
             (deque(), deque()), (deque(), a), (deque([1, 2, 3], maxlen=3), a)]:
    print(list(x), list(y), x == y, x != y, x < y, x <= y, x > y, x >= y)
print(deque([1]) == [1], deque([1]) != [1], [1] == deque([1]), deque() == ())
n = float('nan')
print(deque([n]) == deque([n]), deque([n]) <= deque([n]))
print(deque([1, 'a']) == deque([1, 'b']), deque([[1]]) < deque([[2]]))
for f in [lambda: deque([1]) < [1], lambda: [1] >= deque([1]), lambda: deque([1]) < deque(['a']),
          lambda: deque([1]) < 3]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)

d = deque([1, 2])
print(d + deque([3]), d + d, d, deque() + deque())
print(d * 3, 3 * d, d * 0, d * -2, d * True, deque() * 5)
for f in [lambda: d + [3], lambda: [3] + d, lambda: d + (3,), lambda: d * 'x', lambda: d * 1.5,
          lambda: 'x' * d, lambda: d - d, lambda: -d]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
e = d
e += [3, 4]
e += deque([5])
e += 'ab'
e += e
print(e, e is d)
e *= 2
print(e, e is d)
e *= 0
print(e, e is d)
try:
    e += 5
except TypeError as err:
    print('TypeError', err)
try:
    e *= 'x'
except TypeError as err:
    print('TypeError', err)

# repr
print(repr(deque()), repr(deque(['a', 1.5, None])), str(deque([1])), repr(deque(maxlen=7)))
d = deque()
d.append(d)
print(d)
d = deque([1], maxlen=3)
d.append([d])
print(d)
l = [1]
d = deque([l])
l.append(d)
print(d, l)
print(f'{deque([1, 2])}', '%s' % (deque('ab'),))

# unhashable
for v in [deque(), deque([1])]:
    try:
        hash(v)
    except TypeError as e:
        print('TypeError', e)
try:
    {deque(): 1}
except TypeError as e:
    print('TypeError', e)

# subclasses
class D(deque):
    pass

x = D([1, 2], 3)
print(x, type(x).__name__, isinstance(x, deque), len(x))
print(x.copy(), type(x.copy()).__name__, type(x + x).__name__, x * 2, type(x * 2).__name__)
x.tag = 'tagged'
print(x.tag, x == deque([1, 2]), deque([1, 2]) == x)

class Logged(deque):
    def append(self, v):
        print('append', v)
        super().append(v)
    def __repr__(self):
        return 'Logged' + str(list(self))

y = Logged()
y.append(1)
y.appendleft(0)
print(y, len(y), list(y))

class Bad(deque):
    fake = False
    def __new__(cls, *args):
        if cls.fake:
            return [1]
        return super().__new__(cls)

bad = Bad([1, 2])
print(bad)
Bad.fake = True
try:
    bad.copy()
except TypeError as e:
    print('TypeError', e)

print(type(deque), deque.__name__, deque.__module__, isinstance(deque(), object))
print(deque.append.__name__, callable(deque.popleft))
print(deque.__len__(deque([1, 2])), deque.__contains__(deque([1]), 1))
print(deque.__getitem__(deque('ab'), 1), deque.__iter__(deque('c')).__next__())
