# reduce folds from the left, with an optional initial value.
from functools import reduce
import operator

print(reduce(operator.add, [1, 2, 3, 4, 5]), reduce(operator.add, [1, 2, 3], 10), reduce(operator.add, [], 'init'))
print(reduce(lambda a, b: a * 10 + b, [1, 2, 3]), reduce(max, iter([3, 9, 2])), reduce(operator.concat, ['a', 'b', 'c']))
print(reduce(lambda acc, x: acc + [x * 2], range(4), []), reduce(operator.mul, [7]))
for args in [(operator.add, []), (operator.add, iter([])), (operator.add, 5), (operator.add,)]:
    try:
        reduce(*args)
    except TypeError as e:
        print(type(e).__name__, e)
