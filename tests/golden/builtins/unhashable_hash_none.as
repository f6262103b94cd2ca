# Unhashable builtins have __hash__ = None, as in CPython, so code can
# ask "is this type hashable?" without calling hash().
from collections import deque
for tp in (list, dict, set, deque, int, str, tuple, frozenset, object):
    print(tp.__name__, tp.__hash__ is None)
print([].__hash__, {}.__hash__)

class L(list):
    pass

print(L.__hash__ is None)
for value in ([], {}, set(), deque(), L()):
    try:
        hash(value)
    except TypeError as e:
        print(e)
