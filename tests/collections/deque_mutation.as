# Changing a deque while something walks it.
from collections import deque

def iadd(d):
    d += [1]

def imul(n):
    def f(d):
        d *= n
    return f

ops = [
    ('append', lambda d: d.append(9)),
    ('appendleft', lambda d: d.appendleft(9)),
    ('pop', lambda d: d.pop()),
    ('popleft', lambda d: d.popleft()),
    ('extend', lambda d: d.extend([9])),
    ('extend empty', lambda d: d.extend([])),
    ('extendleft', lambda d: d.extendleft([9])),
    ('clear', lambda d: d.clear()),
    ('rotate', lambda d: d.rotate(1)),
    ('rotate 0', lambda d: d.rotate(0)),
    ('reverse', lambda d: d.reverse()),
    ('remove', lambda d: d.remove(2)),
    ('insert', lambda d: d.insert(1, 5)),
    ('setitem', lambda d: d.__setitem__(0, 7)),
    ('delitem', lambda d: d.__delitem__(0)),
    ('iadd', iadd),
    ('imul 2', imul(2)),
    ('imul 1', imul(1)),
    ('copy', lambda d: d.copy()),
    ('count', lambda d: d.count(1)),
    ('index', lambda d: d.index(1)),
    ('init', lambda d: d.__init__([1, 2, 3])),
]
for name, op in ops:
    for make in (iter, reversed):
        d = deque([1, 2, 3])
        it = make(d)
        next(it)
        op(d)
        try:
            print(name, make.__name__, list(it), d)
        except RuntimeError as e:
            print(name, make.__name__, 'RuntimeError', e, d)

# an exhausted iterator still notices
d = deque([1])
it = iter(d)
print(list(it))
d.append(2)
for i in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print('RuntimeError', e)

# the loop statement
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print('for:', e, d)

# a single-item deque does not count rotate as a change
d = deque([1])
it = iter(d)
d.rotate(5)
print(list(it))

# clearing an empty deque changes nothing
d = deque()
it = iter(d)
d.clear()
print(list(it))

# __eq__ that changes the deque it is called from
class Meddler:
    def __init__(self, target, result):
        self.target = target
        self.result = result
    def __eq__(self, other):
        self.target.append('m')
        return self.result
    def __repr__(self):
        return 'Meddler'

def attempt(label, f):
    try:
        print(label, f())
    except (RuntimeError, IndexError, ValueError) as e:
        print(label, type(e).__name__, e)

d = deque()
d.extend([Meddler(d, False), 3])
attempt('in', lambda: 3 in d)
d = deque()
d.extend([Meddler(d, True), 3])
attempt('in found', lambda: 3 in d)
d = deque()
d.extend([Meddler(d, False), 3])
attempt('count', lambda: d.count(3))
d = deque()
d.extend([Meddler(d, True), 3])
attempt('count found', lambda: d.count(3))
d = deque()
d.extend([Meddler(d, False), 3])
attempt('index', lambda: d.index(3))
d = deque()
d.extend([Meddler(d, True), 3])
attempt('index found', lambda: d.index(3))
d = deque()
d.extend([Meddler(d, False), 3])
attempt('remove', lambda: d.remove(3))
d = deque()
d.extend([Meddler(d, True), 3])
attempt('remove found', lambda: d.remove(3))
d = deque()
d.extend([Meddler(d, True), 3])
attempt('eq', lambda: d == deque([1, 3]))
d = deque()
d.extend([Meddler(d, True), 3])
attempt('lt', lambda: d < deque([1, 3, 5]))
d = deque()
d.extend([Meddler(d, False), 3])
attempt('eq differs', lambda: d == deque([1, 3]))

# extending from an iterator over the same deque
d = deque([1, 2])
attempt('extend own iterator', lambda: d.extend(iter(d)))
print(d)

# a generator feeding extend that changes the deque
d = deque([0])
def feeder():
    yield 1
    d.appendleft('L')
    yield 2
d.extend(feeder())
print(d)
