# A class whose __abstractmethods__ is a non-empty set cannot be
# instantiated (object.__new__ refuses), whatever its metaclass; clearing
# it allows instances again.  object.__subclasshook__ returns
# NotImplemented.
class Base:
    def f(self):
        pass
    def g(self):
        pass

Base.__abstractmethods__ = frozenset({'g', 'f'})
for cls in (Base,):
    try:
        cls()
    except TypeError as e:
        print(e)
Base.__abstractmethods__ = frozenset({'f'})
try:
    Base()
except TypeError as e:
    print(e)
try:
    object.__new__(Base)
except TypeError as e:
    print(e)
Base.__abstractmethods__ = frozenset()
print(type(Base()).__name__)

class Sub(Base):
    pass

print(type(Sub()).__name__, object.__subclasshook__(int), Base.__subclasshook__(str))
