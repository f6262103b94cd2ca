import sys
from typing import (cast, overload, get_overloads, get_type_hints, get_origin, get_args,
                    List, Dict, Optional, Union, Callable, Annotated, Literal, ClassVar,
                    Tuple, NewType, TYPE_CHECKING, Any, final, no_type_check,
                    assert_never, assert_type, Generic, TypeVar)

print(TYPE_CHECKING, cast(int, 'not an int'), cast('List[int]', [1]), assert_type(5, int))

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2

print(double(2), double('ab'), len(get_overloads(double)))

@overload
def only(x: int) -> int: ...
try:
    only(1)
except NotImplementedError as e:
    print('NotImplementedError:', e)

def f(a: int, b: 'str' = 'x', c: None = None, *args: float, **kw: 'Dict[str, int]') -> Optional[int]:
    pass

print(get_type_hints(f))

class Base:
    x: int
    y: 'List[Base]'

class Child(Base):
    z: ClassVar[str] = 'z'
    w: Annotated[int, 'positive']

print(get_type_hints(Base))
print(get_type_hints(Child))
print(get_type_hints(Child, include_extras=True)['w'])
print(get_type_hints(lambda: None), get_type_hints(sys.modules[__name__]))

T = TypeVar('T')
for tp in (List[int], Dict[str, int], Optional[int], Union[int, str], Callable[[int], str],
           Callable[..., int], Annotated[int, 'x'], Literal[1, 2], Tuple[int, ...], ClassVar[int],
           int, List, Generic, Generic[T], list[int], int | str):
    print(tp, get_origin(tp), get_args(tp))

UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__, UserId | None)
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print('TypeError:', e)

@final
class Leaf:
    pass

@no_type_check
def untyped(a: 'nonsense'):
    pass

print(Leaf.__final__, get_type_hints(untyped))
try:
    assert_never(5)
except AssertionError as e:
    print('AssertionError:', e)
