from dataclasses import (dataclass, field, fields, asdict, astuple, replace,
                         is_dataclass, make_dataclass, Field, MISSING, InitVar)
from collections import namedtuple, defaultdict

@dataclass
class Point:
    x: int
    y: int = 0
    meta: dict = field(default_factory=dict, repr=False, metadata={'unit': 'm'})

p = Point(1, 2)
fs = fields(p)
print([f.name for f in fs], fields(Point) == fs, type(fs).__name__)
f = fs[2]
print(f.name, f.type, f.default is MISSING, f.default_factory, f.repr, f.init,
      f.compare, f.hash, f.kw_only, f.metadata['unit'], f.metadata)
print(isinstance(f, Field), fs[1].default)
print(repr(fs[0]).replace(repr(MISSING), 'MISSING'))

@dataclass
class Line:
    start: Point
    end: Point
    labels: list = field(default_factory=list)

line = Line(Point(0, 0), Point(3, 4), ['a', ('b', Point(5))])
print(asdict(p))
print(asdict(line))
print(astuple(line))
print(asdict(p, dict_factory=lambda pairs: sorted(pairs)))
print(astuple(p, tuple_factory=list))
d = asdict(line)
print(d['labels'] is line.labels, d['start'] == asdict(line.start))

Pair = namedtuple('Pair', 'a b')
@dataclass
class Holder:
    pair: Pair
    counts: defaultdict
    nested: dict

h = Holder(Pair(Point(1), 2), defaultdict(int, {'k': 1}), {'p': Point(2)})
print(asdict(h))

print(replace(p, y=9), replace(p), p)
print(replace(line, labels=[]))

@dataclass
class WithInitOnly:
    a: int
    b: int = field(init=False, default=5)
    c: InitVar[int] = None
    def __post_init__(self, c):
        if c is not None:
            self.a += c

w = WithInitOnly(1, 2)
print(w, replace(w, c=10))
for call in (lambda: replace(w, b=1), lambda: replace(w, z=1),
             lambda: replace(1), lambda: asdict(Point), lambda: astuple(5),
             lambda: fields(5), lambda: fields(object)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

@dataclass
class NeedsInitVar:
    a: int
    iv: InitVar[int]
    def __post_init__(self, iv):
        pass

try:
    replace(NeedsInitVar(1, 2))
except ValueError as e:
    print('ValueError:', e)

print(is_dataclass(p), is_dataclass(Point), is_dataclass(1), is_dataclass(int), is_dataclass(Pair))

C = make_dataclass('C', ['a', ('b', int), ('c', int, field(default=5))])
print(C(1, 2), C(1, 2, 3), C.__name__, [f.name for f in fields(C)], C.__module__)
D = make_dataclass('D', [('x', int)], bases=(C,), frozen=False,
                   namespace={'double': lambda self: self.x * 2})
print(D(1, 2, 3, 4), D(1, 2, 3, 4).double())
F = make_dataclass('F', [('x', int)], order=True)
print(F(1) < F(2))
try:
    make_dataclass('G', ['a', 'a'])
except TypeError as e:
    print('TypeError:', e)
try:
    make_dataclass('G', ['1a'])
except TypeError as e:
    print('TypeError:', e)
