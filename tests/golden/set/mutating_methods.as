# add/discard/remove/pop/clear/update on a set
s = {1}
s.add(2); s.add(2)
s.update([3, 4], (5,))
s.discard(99)
s.discard(1)
s.remove(2)
print(sorted(s), len(s))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
p = {7}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print("KeyError:", e)
s.clear()
print(s)
