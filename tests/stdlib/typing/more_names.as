# More typing names: the collection views, MutableSet, SupportsRound,
# TypeVarTuple, Unpack, dataclass_transform, override and reveal_type.
import typing
from typing import (ItemsView, KeysView, MappingView, MutableSet,
                    SupportsRound, TypeVarTuple, Unpack, ValuesView,
                    dataclass_transform, override, reveal_type)

d = {'a': 1, 'b': 2}
print(isinstance(d.keys(), KeysView), isinstance(d.values(), ValuesView),
      isinstance(d.items(), ItemsView))
print(isinstance(d.keys(), MappingView), isinstance(d.items(), MappingView))
print(isinstance(d.values(), KeysView), isinstance([], MappingView))
print(KeysView[str], ValuesView[int], ItemsView[str, int], MappingView[str])

print(isinstance(set(), MutableSet), isinstance(frozenset(), MutableSet))
print(MutableSet[int])

print(isinstance(1.5, SupportsRound), isinstance(3, SupportsRound),
      isinstance('x', SupportsRound))


class Money:
    def __round__(self, ndigits=None):
        return 'rounded'


print(isinstance(Money(), SupportsRound), round(Money()))

Ts = TypeVarTuple('Ts')
print(Ts, Ts.__name__, repr(Unpack[Ts]))
print(typing.get_origin(Unpack[Ts]) is Unpack, typing.get_args(Unpack[Ts]) == (Ts,))
print(tuple[int, Unpack[Ts]])


@dataclass_transform()
def model(cls):
    return cls


@model
class User:
    pass


print(User.__name__, model.__dataclass_transform__['eq_default'],
      sorted(model.__dataclass_transform__))


class Base:
    def run(self):
        return 'base'


class Child(Base):
    @override
    def run(self):
        return 'child'


print(Child().run(), Child.run.__override__)

value = reveal_type([1, 2])
print(value)
print(reveal_type(None) is None)
