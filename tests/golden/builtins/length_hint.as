# __length_hint__ on the builtin iterators, and operator.length_hint.
import operator
from collections import deque


def walk(label, it):
    hints = [it.__length_hint__()]
    for _ in it:
        hints.append(it.__length_hint__())
    print(label, hints)


walk('list', iter([1, 2, 3]))
walk('tuple', iter((1, 2)))
walk('range', iter(range(0, 10, 3)))
walk('range-neg', iter(range(5, 0, -2)))
walk('range-empty', iter(range(3, 1)))
walk('longrange', iter(range(2**70, 2**70 + 3)))
walk('str', iter('abc'))
walk('str-wide', iter('a\u00e9\u20ac\U0001f600'))
walk('reversed-list', reversed([1, 2, 3]))
walk('dict', iter({'a': 1, 'b': 2}))
walk('dict-values', iter({'a': 1, 'b': 2}.values()))
walk('dict-items', iter({'a': 1, 'b': 2}.items()))
walk('dict-reversed', reversed({'a': 1, 'b': 2}))
walk('set', iter({1, 2, 3}))
walk('frozenset', iter(frozenset('xy')))
walk('deque', iter(deque([1, 2, 3])))
walk('deque-reversed', reversed(deque([1, 2])))

# A list that grows or shrinks under its iterator.
xs = [1, 2, 3]
it = iter(xs)
next(it)
xs.append(4)
print('list grown', it.__length_hint__())
del xs[:]
print('list emptied', it.__length_hint__())
xs = [1, 2, 3]
it = reversed(xs)
next(it)
del xs[1:]
print('reversed shrunk', it.__length_hint__())

# A dict or set changed in size: the hint drops to 0.
d = {'a': 1}
it = iter(d)
d['b'] = 2
print('dict changed', it.__length_hint__())
s = {1}
it = iter(s)
s.add(2)
print('set changed', it.__length_hint__())

print(operator.length_hint(iter([1, 2])))
print(operator.length_hint(iter(range(7))))
print(operator.length_hint(iter({1: 2}.items())))
print(operator.length_hint(iter('hello')))
print(operator.length_hint(iter(deque('ab'))))

try:
    iter([]).__length_hint__(1)
except TypeError as e:
    print('TypeError:', e)
