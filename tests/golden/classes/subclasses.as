# type.__subclasses__(): the live direct subclasses, in creation order.
import gc


class A:
    pass


class B(A):
    pass


class C(A):
    pass


class D(B, C):
    pass


print(A.__subclasses__())
print(B.__subclasses__(), C.__subclasses__(), D.__subclasses__())
print(type.__subclasses__(A) == A.__subclasses__())

# Listed classes are not kept alive by the list.
class E(A):
    pass


print([c.__name__ for c in A.__subclasses__()])
del E
gc.collect()
print([c.__name__ for c in A.__subclasses__()])

# A class made after one died still goes last.
F = type('F', (A,), {})
print([c.__name__ for c in A.__subclasses__()])

# Builtin types: bool subclasses int; script classes of builtins appear.
print(bool in int.__subclasses__())
print(bool.__subclasses__())


class MyInt(int):
    pass


class MyList(list):
    pass


print(MyInt in int.__subclasses__(), MyList in list.__subclasses__())
print([c for c in int.__subclasses__() if c.__module__ == '__main__'])
print(A in object.__subclasses__(), B in object.__subclasses__())
print(Exception in BaseException.__subclasses__())


# __init_subclass__ already sees the class in its base's list.
class Base:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, cls in Base.__subclasses__())


class Child(Base):
    pass

