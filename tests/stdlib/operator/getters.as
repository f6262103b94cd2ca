# itemgetter, attrgetter (dotted names) and methodcaller, as sort keys
# too, with CPython's reprs and errors.
import operator as op

rows = [('b', 2, 'x'), ('a', 3, 'y'), ('c', 1, 'z')]
print(sorted(rows, key=op.itemgetter(1)), sorted(rows, key=op.itemgetter(2, 0)))
print(op.itemgetter(0)('abc'), op.itemgetter(-1, 0)('abc'), op.itemgetter('k')({'k': 1}), op.itemgetter(slice(1, None))([1, 2, 3]))

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Line:
    def __init__(self, a, b):
        self.start = a
        self.end = b
line = Line(Point(1, 2), Point(3, 4))
print(op.attrgetter('start')(line) is line.start, op.attrgetter('start.x', 'end.y')(line), op.attrgetter('end.x')(line))
print(op.attrgetter('real', 'imag')(5))
print(op.methodcaller('upper')('abc'), op.methodcaller('split', ',')('a,b'), op.methodcaller('split', sep='-', maxsplit=1)('a-b-c'))
print(op.itemgetter(1), op.itemgetter(1, 'a', None), op.attrgetter('x'), op.attrgetter('a.b', 'c'))
print(op.methodcaller('f'), op.methodcaller('f', 1, 'two', k=[3], z=None))
for f in [lambda: op.itemgetter(), lambda: op.attrgetter(), lambda: op.attrgetter(1), lambda: op.methodcaller(),
          lambda: op.methodcaller(5), lambda: op.itemgetter(5)([1]), lambda: op.attrgetter('nope')(line),
          lambda: op.attrgetter('start.z')(line), lambda: op.methodcaller('nope')(1)]:
    try:
        f()
    except (TypeError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
