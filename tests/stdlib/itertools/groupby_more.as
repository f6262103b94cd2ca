# groupby's objects: the _grouper class, key= by name, errors from the key
# function and from ==, and groups used after the groupby moved on.
from itertools import groupby

g = groupby('aabbb', key=str.upper)
k, grp = next(g)
print(k, type(grp).__name__, type(g).__name__, iter(grp) is grp, list(grp), list(grp))
k2, grp2 = next(g)
print(k2, next(grp2), list(grp2), list(g))
old = groupby([1, 1, 2, 2, 3])
first = next(old)[1]
next(old)
print(list(first), [(k, list(v)) for k, v in old])

def bad_key(x):
    if x == 3:
        raise ValueError('no key for 3')
    return x
try:
    print([k for k, _ in groupby([1, 2, 3, 4], bad_key)])
except ValueError as e:
    print(type(e).__name__, e)

class Weird:
    def __eq__(self, other):
        raise RuntimeError('cannot compare')
try:
    list(groupby([Weird(), Weird()]))
except RuntimeError as e:
    print(type(e).__name__, e)
for f in [lambda: groupby(), lambda: groupby(5), lambda: groupby([], keyfunc=len)]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
print([(k, len(list(v))) for k, v in groupby(range(10), key=lambda n: n // 4)])
