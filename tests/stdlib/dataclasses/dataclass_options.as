from dataclasses import dataclass, field, FrozenInstanceError

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)

vs = [Version(1, 2), Version(0, 9, 'old'), Version(1, 0), Version(1, 2, 'x')]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9), Version(1, 2) == Version(1, 2, 'z'))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print('TypeError:', e)

@dataclass(frozen=True)
class Frozen:
    a: int
    b: str = 'b'

f = Frozen(1)
print(f, hash(f) == hash((1, 'b')), {f: 'ok'}[Frozen(1)])
for action in (lambda: setattr(f, 'a', 2), lambda: setattr(f, 'new', 2),
               lambda: delattr(f, 'a')):
    try:
        action()
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))

@dataclass(eq=False)
class NoEq:
    a: int

x = NoEq(1)
print(x == NoEq(1), x == x, NoEq.__hash__ is object.__hash__)

@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    b: list = field(default_factory=list, hash=False)

print(hash(Hashed(3)) == hash((3,)))

@dataclass
class Unhashable:
    a: int

print(Unhashable.__hash__)

@dataclass(init=False, repr=False)
class Manual:
    a: int = 1
    def __init__(self):
        self.a = 42

print(Manual().a, repr(Manual()).startswith('<__main__.Manual object'))

@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int

print(Options(level=3), Options.__match_args__)
try:
    Options(True, 3)
except TypeError as e:
    print('TypeError:', e)

@dataclass
class Mixed:
    a: int
    b: int = field(kw_only=True, default=2)
    c: int = 3

print(Mixed(1, 4), Mixed(1, b=5), Mixed.__doc__)

@dataclass
class Hidden:
    a: int
    secret: str = field(default='s', repr=False)
    derived: int = field(init=False, default=0)
    made: list = field(init=False, default_factory=list)

h = Hidden(1)
print(h, h.secret, h.derived, h.made)
try:
    Hidden(1, 's', 2)
except TypeError as e:
    print('TypeError:', e)

@dataclass(match_args=False)
class NoMatch:
    a: int

print(hasattr(NoMatch, '__match_args__'))

@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2

print(Slotted(1), Slotted.__slots__)
