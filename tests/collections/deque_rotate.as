# rotate: both directions, past the length, the default, edge sizes.
from collections import deque

for n in [0, 1, 2, 4, 5, 6, 7, 12, 13, -1, -2, -5, -6, -7, -13, 1000001, -1000001]:
    d = deque(range(6))
    d.rotate(n)
    print(n, d)

d = deque(range(5))
d.rotate()
print('default', d)
d.rotate(True)
print('True', d)

class N:
    def __index__(self):
        return -2

d.rotate(N())
print('index', d)

for size in [0, 1, 2, 3]:
    d = deque(range(size))
    d.rotate(1)
    d.rotate(-3)
    print(size, d)

# a ring with a wrapped head rotates the same
d = deque(range(8))
for i in range(5):
    d.popleft()
    d.append(10 + i)
print(d)
d.rotate(3)
print(d)
d.rotate(-10)
print(d)

# a full bounded deque rotates too
d = deque(range(4), maxlen=4)
d.rotate(-1)
d.append('x')
print(d)

# rotate then undo, many sizes
ok = True
for size in range(1, 40):
    for n in range(-45, 46, 7):
        d = deque(range(size))
        d.rotate(n)
        expect = [(i - n) % size for i in range(size)]
        if list(d) != expect:
            ok = False
            print('mismatch', size, n, list(d))
        d.rotate(-n)
        if list(d) != list(range(size)):
            ok = False
print('all rotations', ok)

for bad in ['a', 1.5, None, 2 ** 70]:
    try:
        deque([1, 2]).rotate(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    deque().rotate(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    deque().rotate(n=1)
except TypeError as e:
    print('TypeError', e)
