from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, repr(p), str(p))
print(p.x + p.y, p[0] + p[1], p[-1], p[:1], len(p))
x, y = p
print(x, y)
print(Point, Point.__name__, Point.__module__, Point.__doc__)
print(type(p), isinstance(p, tuple), issubclass(Point, tuple))
print(p == (11, 22), p < (11, 23), hash(p) == hash((11, 22)), p + (1,))
print(Point._fields, Point._field_defaults, Point.__match_args__)
print(Point._make([1, 2]), Point._make(iter('ab')))
print(p._asdict(), p._replace(x=100), p)
print(p.__getnewargs__())
print(Point.x.__doc__, Point.y.__doc__)
print(Point.__new__.__doc__)
print(list(Point(3, 4)), tuple(Point(3, 4)), dict(zip(Point._fields, Point(3, 4))))
print(p.count(11), p.index(22))
print({p: 'here'}[Point(11, 22)])

Pixel = namedtuple('Pixel', 'x, y, colour')
print(Pixel(1, 2, 'red'), Pixel._fields)
Single = namedtuple('Single', 'only')
print(Single(1), Single.__doc__, Single._make([5]))
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields, len(Empty()))

Account = namedtuple('Account', 'owner balance kind', defaults=[0, 'plain'])
print(Account('ann'), Account('bob', 5), Account._field_defaults)
print(Account.__new__.__defaults__)

Renamed = namedtuple('Renamed', ['abc', 'def', 'ghi', 'abc', '_x', '1y'], rename=True)
print(Renamed._fields)

M = namedtuple('M', 'a b', module='some.where')
print(M.__module__, M)

class Point3(namedtuple('Point3', 'x y z')):
    __slots__ = ()
    @property
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)
    def __str__(self):
        return 'P3(%d, %d, %d)' % self

q = Point3(1, -2, 3)
print(q, repr(q), q.norm1, q._replace(z=0))
print(sorted([Point(2, 1), Point(1, 2), Point(1, 1)]))
