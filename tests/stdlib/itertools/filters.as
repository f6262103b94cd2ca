# accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap.
import operator
from itertools import accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap

print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([], initial=100)), list(accumulate([1, 2], initial=10)))
print(list(accumulate('abc')), list(accumulate([1, 2, 3], lambda a, b: a * 10 + b, initial=0)))
print(list(chain()), list(chain('ab', [], (1, 2), range(2))), list(chain.from_iterable(['ab', [3], ()])))
print(list(chain.from_iterable(iter([[1], [2, 3]]))), next(chain([5])))
print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(compress(range(10), [True, False] * 2)))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(bool, [])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(bool, [1, 1])))
t = takewhile(lambda x: x < 3, iter([1, 2, 3, 4]))
print(list(t), list(t))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda *a: sum(a), [(), (1,), (1, 2)])))
print(type(chain()).__name__, type(accumulate([])).__name__, type(starmap(min, [])).__name__)
try:
    list(accumulate([1, 'a']))
except TypeError as e:
    print(type(e).__name__, e)
