from dataclasses import dataclass, field, InitVar, KW_ONLY
from typing import ClassVar

@dataclass
class Point:
    x: int
    y: int

for make in (lambda: Point(), lambda: Point(1), lambda: Point(1, 2, 3),
             lambda: Point(1, 2, z=3), lambda: Point(1, x=1)):
    try:
        make()
    except TypeError as e:
        print('TypeError:', e)

@dataclass
class WithPost:
    a: int
    b: int = 0
    total: int = field(init=False)

    def __post_init__(self):
        self.total = self.a + self.b

print(WithPost(1, 2), WithPost(5))

@dataclass
class WithInitVar:
    a: int
    scale: InitVar[int] = 1
    counter: ClassVar[int] = 0

    def __post_init__(self, scale):
        self.a *= scale
        WithInitVar.counter += 1

w = WithInitVar(3, 10)
print(w, WithInitVar(2), WithInitVar.counter, hasattr(w, 'scale'))
print(WithInitVar.__doc__)
try:
    WithInitVar(1, 2, 3)
except TypeError as e:
    print('TypeError:', e)

@dataclass
class Markers:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int = 1

print(Markers(1, c=5), Markers.__match_args__, Markers.__doc__)
try:
    Markers(1, 2)
except TypeError as e:
    print('TypeError:', e)

@dataclass
class Base:
    x: int = 0
    y: int = 1

@dataclass
class Derived(Base):
    z: int = 2
    x: int = 15

print(Derived(), Derived(1, 2, 3), Derived.__doc__)

class Plain(Base):
    pass

@dataclass
class ThroughPlain(Plain):
    w: int = 3

print(ThroughPlain(), ThroughPlain.__match_args__)

@dataclass
class PostInitArgs:
    a: int
    def __post_init__(self):
        print('post init of', self)

PostInitArgs(7)
print(InitVar[int], InitVar[str], KW_ONLY.__class__.__name__)
