# WeakSet: members leave when they die
import gc
import weakref


class M:
    def __init__(self, n):
        self.n = n


a, b, c = M(1), M(2), M(3)
s = weakref.WeakSet([a, b])
s.add(c)
s.add(a)
print(len(s), a in s, 5 in s, sorted(m.n for m in s))
del b
gc.collect()
print(len(s), sorted(m.n for m in s))
s.discard(c)
s.remove(a)
print(len(s))
try:
    s.remove(a)
except KeyError:
    print("KeyError")
s.update([a, c])
t = weakref.WeakSet([c])
print(sorted(m.n for m in s - t), sorted(m.n for m in s & t), sorted(m.n for m in s | t))
print(t <= s, s >= t, t < s, s == weakref.WeakSet([a, c]), s.isdisjoint(t))
print(s.pop() in (a, c), len(s), repr(s).startswith("{<weakref at 0x"))
s.clear()
print(repr(s))
s.clear()
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e)
