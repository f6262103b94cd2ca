# The deprecated abc.abstractclassmethod, abstractstaticmethod and
# abstractproperty still make a class abstract until overridden.
import abc


class Base(abc.ABC):
    @abc.abstractclassmethod
    def make(cls):
        ...

    @abc.abstractstaticmethod
    def helper():
        ...

    @abc.abstractproperty
    def size(self):
        ...


print(sorted(Base.__abstractmethods__))
try:
    Base()
except TypeError as e:
    print('TypeError', e)


class Half(Base):
    @classmethod
    def make(cls):
        return cls()


try:
    Half()
except TypeError as e:
    print('TypeError', e)


class Full(Half):
    @staticmethod
    def helper():
        return 'helped'

    @property
    def size(self):
        return 3


f = Full.make()
print(type(f).__name__, f.size, Full.helper(), Full.__abstractmethods__)
print(Base.__dict__['make'].__isabstractmethod__,
      Base.__dict__['helper'].__isabstractmethod__,
      Base.__dict__['size'].__isabstractmethod__)
print(isinstance(Base.__dict__['make'], classmethod),
      isinstance(Base.__dict__['helper'], staticmethod),
      isinstance(Base.__dict__['size'], property))
