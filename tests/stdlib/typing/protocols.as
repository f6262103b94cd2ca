from typing import Protocol, runtime_checkable, SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs, TypeVar

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...

class File:
    def close(self) -> None:
        print('closed')

class Rock:
    pass

print(isinstance(File(), Closable), isinstance(Rock(), Closable), issubclass(File, Closable))

class Explicit(Closable):
    pass

print(isinstance(Explicit(), Closable), Explicit.__mro__)

class Sized(Protocol):
    size: int
    def area(self) -> int: ...

try:
    isinstance(File(), Sized)
except TypeError as e:
    print('TypeError:', e)

@runtime_checkable
class HasName(Protocol):
    name: str

class Named:
    def __init__(self):
        self.name = 'x'

print(isinstance(Named(), HasName), isinstance(1, HasName))
try:
    issubclass(Named, HasName)
except TypeError as e:
    print('TypeError:', e)
try:
    Closable()
except TypeError as e:
    print('TypeError:', e)
try:
    runtime_checkable(Rock)
except TypeError as e:
    print('TypeError:', e)

print(isinstance(3, SupportsInt), isinstance('3', SupportsInt), isinstance(2.5, SupportsFloat))
print(isinstance(3, SupportsIndex), isinstance(3.0, SupportsIndex), isinstance(-1, SupportsAbs))

T = TypeVar('T')

class Box(Protocol[T]):
    def get(self) -> T: ...

print(Box[int], Box.__parameters__)
