# Metaclasses: the metaclass= keyword, inheritance of the metaclass,
# metaclass methods and slots used on the class itself.

class Registry(type):
    classes = []

    def __new__(mcls, name, bases, ns, **kw):
        print("new", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)

    def __iter__(cls):
        return iter(cls.items)

    def __len__(cls):
        return len(cls.items)

    def __getitem__(cls, i):
        return cls.items[i] * 10

    def __contains__(cls, x):
        return x in cls.items

    def __repr__(cls):
        return "<registered " + cls.__name__ + ">"

    def describe(cls):
        return cls.__name__ + " with " + str(len(cls)) + " items"

    @property
    def size(cls):
        return len(cls.items)


class Base(metaclass=Registry):
    items = [1, 2, 3]

    def hello(self):
        return "hello from " + type(self).__name__


class Child(Base, flavour="x"):
    items = [4, 5]

    @classmethod
    def __init_subclass__(cls, **kw):
        print("not called for Child itself")


print(type(Base) is Registry, type(Child) is Registry, isinstance(Child, Registry))
print(list(Base), len(Child), Base[1], 5 in Child, 6 in Child)
print(repr(Base), Child)
print(Base.describe(), Child.size)
print(Child().hello())
print(Registry.classes)
print(hasattr(Base(), "describe"), hasattr(Base, "describe"))
print(Registry.__mro__ == (Registry, type, object))
print(type(Registry) is type)
