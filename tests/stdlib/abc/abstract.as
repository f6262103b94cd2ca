from abc import ABC, ABCMeta, abstractmethod, update_abstractmethods

class Shape(ABC):
    @abstractmethod
    def area(self):
        """The area."""

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'

print(type(Shape), sorted(Shape.__abstractmethods__), Shape.area.__isabstractmethod__)
try:
    Shape()
except TypeError as e:
    print('TypeError:', e)

class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2

print(sorted(Square.__abstractmethods__))
try:
    Square(2)
except TypeError as e:
    print('TypeError:', e)

class Full(Square):
    def perimeter(self):
        return 4 * self.side

f = Full(3)
print(f.describe(), f.perimeter(), Full.__abstractmethods__, isinstance(f, Shape))

# abstract class methods, static methods and properties
class Config(metaclass=ABCMeta):
    @classmethod
    @abstractmethod
    def load(cls):
        pass
    @staticmethod
    @abstractmethod
    def version():
        pass
    @property
    @abstractmethod
    def name(self):
        pass

print(sorted(Config.__abstractmethods__))

class Concrete(Config):
    @classmethod
    def load(cls):
        return cls.__name__
    @staticmethod
    def version():
        return 2
    @property
    def name(self):
        return 'c'

c = Concrete()
print(c.load(), c.version(), c.name)

# super() reaches the abstract implementation
class Greeter(ABC):
    @abstractmethod
    def greet(self):
        return 'hello'

class Polite(Greeter):
    def greet(self):
        return super().greet() + ', please'

print(Polite().greet())

# Adding a method after the class was made needs update_abstractmethods.
class Late(ABC):
    @abstractmethod
    def run(self):
        pass

class Impl(Late):
    pass

Impl.run = lambda self: 'ran'
try:
    Impl()
except TypeError as e:
    print('TypeError:', e)
update_abstractmethods(Impl)
print(Impl().run(), Impl.__abstractmethods__)

class NotAbc:
    @abstractmethod
    def f(self):
        pass

print(type(NotAbc()).__name__, ABC.__abstractmethods__, type(ABC))
