# The hooks of class creation: __init_subclass__ (an implicit class
# method, with the class statement's keywords), __set_name__,
# __class_getitem__ (implicit class method), __prepare__, __mro_entries__,
# metaclass __call__, and functions used as metaclasses.

class Plugin:
    registry = {}

    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[key] = cls.__name__


class A(Plugin, key="a"):
    pass


class B(A, key="b"):
    pass


print(sorted(Plugin.registry.items()))
print(type(Plugin.__dict__["__init_subclass__"]).__name__)


class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name

    def __get__(self, obj, owner=None):
        return "field " + self.name


class Model:
    first = Field()
    second = Field()


print(Model().first, Model.second)


class Box:
    def __class_getitem__(cls, item):
        return cls.__name__ + "[" + item.__name__ + "]"


print(Box[int], type(Box.__dict__["__class_getitem__"]).__name__)


class Recording(dict):
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            print("define", key)
        super().__setitem__(key, value)


class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return Recording()

    def __new__(mcls, name, bases, ns, **kw):
        print("namespace type", type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns))


class Song(metaclass=Ordered, tempo=3):
    title = "x"

    def play(self):
        pass

    title = "y"


print(Song.title, "play" in Song.__dict__)


class Singleton(type):
    def __call__(cls, *args, **kw):
        if "instance" not in cls.__dict__:
            cls.instance = super().__call__(*args, **kw)
        return cls.instance


class Config(metaclass=Singleton):
    def __init__(self, value):
        print("init", value)
        self.value = value


c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c2.value)


class Alias:
    def __mro_entries__(self, bases):
        return (Plugin,)


class Derived(Alias(), key="d"):
    pass


print(Derived.__mro__[1].__name__, Derived.__orig_bases__[0].__class__.__name__, Plugin.registry["d"])


def as_function(name, bases, ns, **kw):
    print("function metaclass", name, bases, sorted(ns), kw)
    return 42


class NotAClass(metaclass=as_function, flag=True):
    x = 1


print(NotAClass)
Dyn = type("Dyn", (A,), {"z": 1}, key="dyn")
print(Dyn.z, Dyn.__module__, Dyn.__qualname__, Plugin.registry["dyn"])
