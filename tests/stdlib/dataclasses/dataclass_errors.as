from dataclasses import dataclass, field, KW_ONLY, InitVar
from typing import ClassVar

def attempt(label, make):
    try:
        make()
        print(label, 'ok')
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__ + ':', e)

def mutable_list():
    @dataclass
    class C:
        x: list = []

def mutable_dict():
    @dataclass
    class C:
        items: dict = {}

def mutable_set():
    @dataclass
    class C:
        s: set = set()

def unhashable_dataclass_default():
    @dataclass
    class Inner:
        a: int = 0
    @dataclass
    class Outer:
        inner: Inner = Inner()

def both_defaults():
    field(default=1, default_factory=list)

def non_default_after_default():
    @dataclass
    class C:
        a: int = 1
        b: int

def order_without_eq():
    @dataclass(order=True, eq=False)
    class C:
        a: int

def order_overwrite():
    @dataclass(order=True)
    class C:
        a: int
        def __lt__(self, other):
            return True

def frozen_setattr():
    @dataclass(frozen=True)
    class C:
        a: int
        def __setattr__(self, name, value):
            pass

def hash_overwrite():
    @dataclass(unsafe_hash=True)
    class C:
        a: int
        def __hash__(self):
            return 0

def frozen_from_plain():
    @dataclass
    class Base:
        a: int
    @dataclass(frozen=True)
    class C(Base):
        b: int

def plain_from_frozen():
    @dataclass(frozen=True)
    class Base:
        a: int
    @dataclass
    class C(Base):
        b: int

def field_without_annotation():
    @dataclass
    class C:
        a = field(default=1)

def classvar_factory():
    @dataclass
    class C:
        a: ClassVar[list] = field(default_factory=list)

def classvar_kw_only():
    @dataclass
    class C:
        a: ClassVar[int] = field(default=1, kw_only=True)

def initvar_factory():
    @dataclass
    class C:
        a: InitVar[list] = field(default_factory=list)

def two_kw_only_markers():
    @dataclass
    class C:
        a: int
        _: KW_ONLY
        b: int = 0
        __: KW_ONLY

def classvar_mutable_ok():
    @dataclass
    class C:
        registry: ClassVar[list] = []
    print(C(), C.registry)

def slots_twice():
    @dataclass(slots=True)
    class C:
        __slots__ = ('a',)
        a: int

def kw_only_after_default_ok():
    @dataclass
    class C:
        a: int = 0
        b: int = field(kw_only=True)
    print(C(b=1))

for name, fn in list(globals().items()):
    if callable(fn) and name not in ('attempt', 'dataclass', 'field', 'InitVar', 'ClassVar'):
        attempt(name, fn)
