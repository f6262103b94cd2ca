# Corner cases: bounds of index, huge counts, bools as ints, subclasses.
from collections import deque
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
d = deque([1, 2, 3])
attempt('index start past', lambda: d.index(1, 10))
attempt('index neg stop', lambda: d.index(3, -3, -1))
attempt('mul huge', lambda: len(deque([1, 2]) * (2 ** 62)))
attempt('mul overflow', lambda: deque([1, 2]) * (2 ** 70))
attempt('mul huge bounded single', lambda: deque([1], maxlen=3) * (2 ** 62))
attempt('repr sub in', lambda: repr(deque([deque([1])])))
attempt('eq sub', lambda: deque([1]) == type('S', (deque,), {})([1]))
attempt('init kw maxlen only', lambda: deque(maxlen=3).maxlen)
attempt('bool maxlen', lambda: deque([1, 2], maxlen=False))
attempt('reversed len', lambda: list(reversed(deque(range(20)))))
attempt('iter of iter', lambda: (lambda it: iter(it) is it)(iter(d)))
attempt('deque of deque', lambda: deque(deque([1, 2]), 1))
attempt('copy is new', lambda: d.copy() is d)
attempt('str', lambda: str(deque(['a'])))
attempt('contains exc', lambda: deque([1]).__contains__(1))
attempt('append returns', lambda: d.append(4))
attempt('extend gen error', lambda: d.extend(1 / 0 for _ in range(1)))
attempt('after', lambda: d)
attempt('rmul zero', lambda: 0 * deque([1]))
attempt('getitem bool', lambda: d[False])
attempt('rotate neg huge', lambda: d.rotate(-2 ** 63))
attempt('after', lambda: d)
attempt('rotate bool', lambda: d.rotate(False))
attempt('insert bool', lambda: d.insert(True, 'x'))
attempt('after', lambda: d)
attempt('le eq len', lambda: (deque([1, 2]) <= deque([1, 2]), deque([1, 2]) >= deque([1]), deque([]) > deque([])))

class Pair(deque):
    def __init__(self, a, b):
        super().__init__([a, b], 2)

p = Pair('x', 'y')
print(p, p.maxlen, list(reversed(p)))
attempt('pair copy', lambda: p.copy())
p.__init__(1, 2)
print(p, [] == deque(), d.__init__(d), d)

class Box:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'Box(%r)' % (self.v,)

boxes = deque(Box(i) for i in range(3))
boxes.rotate(1)
print(boxes, [b.v for b in reversed(boxes)])
