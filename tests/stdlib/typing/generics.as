from typing import TypeVar, Generic, List, Dict, Optional, Iterator

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
Co = TypeVar('Co', covariant=True)
Contra = TypeVar('Contra', contravariant=True)
Num = TypeVar('Num', int, float)
Bounded = TypeVar('Bounded', bound=str)
print(T, Co, Contra, Num, Bounded, T.__name__, Num.__constraints__, Bounded.__bound__)
print(T.__covariant__, Co.__covariant__, Contra.__contravariant__)

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), list(s), type(s).__name__, s.__orig_class__)
print(Stack, Stack[int], Stack[str] == Stack[str], Stack[int] == Stack[str])
print(Stack.__parameters__, Stack.__mro__)
print(Stack[int].__origin__, Stack[int].__args__, Stack[int].__parameters__)

class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V):
        self.key, self.value = key, value

print(Pair[str, int]('a', 1).value, Pair.__parameters__, Pair[str, T], Pair[str, T][int])

class IntStack(Stack[int]):
    pass

print(IntStack.__parameters__, IntStack.__mro__, IntStack.__orig_bases__)

class Mapper(Dict[K, V]):
    pass

m = Mapper(a=1)
print(m, Mapper.__parameters__, isinstance(m, dict), Mapper.__mro__)

alias = Dict[str, T]
print(alias, alias.__parameters__, alias[int], List[T][float], Optional[T][str])

for bad in (lambda: Generic[int], lambda: Stack[int, str], lambda: Pair[int],
            lambda: TypeVar('X', int), lambda: TypeVar('X', int, str, bound=int),
            lambda: TypeVar('X', covariant=True, contravariant=True)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
try:
    class Bad(Generic):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class Bad2(Generic[T], Generic[K]):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class Bad3(Dict[K, V], Generic[K]):
        pass
except TypeError as e:
    print('TypeError:', e)
