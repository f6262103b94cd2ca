from abc import ABC, ABCMeta, get_cache_token

class Drawable(ABC):
    pass

class Circle:
    pass

print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable))
token = get_cache_token()
print(Drawable.register(Circle) is Circle, get_cache_token() != token)
print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable), Drawable in Circle.__mro__)

@Drawable.register
class Square:
    pass

class BigSquare(Square):
    pass

print(isinstance(Square(), Drawable), issubclass(BigSquare, Drawable))
Drawable.register(int)
print(isinstance(5, Drawable), isinstance(True, Drawable), isinstance('x', Drawable))

class Child(Drawable):
    pass

Child.register(str)
print(issubclass(str, Child), issubclass(str, Drawable))
try:
    Drawable.register(5)
except TypeError as e:
    print('TypeError:', e)

class Base(ABC):
    pass

class Derived(Base):
    pass

try:
    Derived.register(Base)
except RuntimeError as e:
    print('RuntimeError:', e)
print(Base.register(Derived) is Derived)

class Iterable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterable:
            return any('__iter__' in B.__dict__ for B in C.__mro__)
        return NotImplemented

print(isinstance([], Iterable), isinstance(5, Iterable), issubclass(dict, Iterable))

class Sub(Iterable):
    pass

print(issubclass(list, Sub), isinstance([], Sub))

class Never(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False

class Inherits(Never):
    pass

print(issubclass(Inherits, Never), isinstance(Inherits(), Never))
try:
    issubclass(5, Drawable)
except TypeError as e:
    print('TypeError:', e)
