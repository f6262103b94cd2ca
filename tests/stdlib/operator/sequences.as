# Sequence functions: getitem/setitem/delitem, contains, concat, countOf,
# indexOf, index, length_hint.
import operator as op

a = [10, 20, 30, 40]
print(op.getitem(a, 1), op.getitem(a, slice(1, 3)), op.getitem({'k': 'v'}, 'k'))
op.setitem(a, 0, 99)
op.delitem(a, slice(2, None))
print(a)
d = {'x': 1}
op.setitem(d, 'y', 2)
op.delitem(d, 'x')
print(d, op.contains(d, 'y'), op.contains('abc', 'bc'), op.contains([1], 2))
print(op.concat([1], [2, 3]), op.concat('ab', 'c'), op.concat((1,), ()))
print(op.countOf([1, 2, 1, 1.0, True], 1), op.indexOf('hello', 'l'), op.indexOf([0, None], None))
print(op.index(7), op.index(True), op.index(-2**70))
print(op.length_hint([1, 2, 3]), op.length_hint('ab'), op.length_hint(5), op.length_hint(5, 9))

class Hint:
    def __init__(self, n):
        self.n = n
    def __length_hint__(self):
        return self.n
print(op.length_hint(Hint(4)), op.length_hint(Hint(NotImplemented), 7))

for f, args in [(op.concat, (1, 2)), (op.index, (1.5,)), (op.index, ('3',)), (op.indexOf, ([1], 2)),
                (op.getitem, ([1], 5)), (op.length_hint, (Hint(-1),)), (op.length_hint, (Hint('x'),)),
                (op.length_hint, ([], 'a')), (op.delitem, ({}, 'k'))]:
    try:
        f(*args)
    except (TypeError, ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
