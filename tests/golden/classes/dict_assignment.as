# obj.__dict__ = d replaces an instance's dict; del obj.__dict__ empties it.
class P:
    pass
q = P()
q.x = 1
try:
    q.__dict__ = 5
except TypeError as e:
    print(e)
try:
    del q.__dict__
except TypeError as e:
    print(e)
q.__dict__ = {'y': 2}
print(q.__dict__, hasattr(q, 'x'), q.y)
d = {'z': 3}
q.__dict__ = d
q.w = 4
print(d)
del q.__dict__
print(q.__dict__, hasattr(q, "z"))
