# Two classic metaclass patterns, written the way enum and abc are:
# members collected at class creation and looked up through the class,
# and abstract methods enforced by the metaclass's __call__, with
# isinstance/issubclass hooks.

class EnumLike(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and not callable(v)}
        cls = super().__new__(mcls, name, bases, ns)
        cls._by_value = {}
        for key, value in members.items():
            member = object.__new__(cls)
            member.name, member.value = key, value
            setattr(cls, key, member)
            cls._by_value[value] = member
        cls._names = list(members)
        return cls

    def __call__(cls, value):
        try:
            return cls._by_value[value]
        except KeyError:
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}") from None

    def __getitem__(cls, name):
        return getattr(cls, name)

    def __iter__(cls):
        return (getattr(cls, n) for n in cls._names)

    def __len__(cls):
        return len(cls._names)


class Member(metaclass=EnumLike):
    def __repr__(self):
        return f"<{type(self).__name__}.{self.name}: {self.value!r}>"


class Color(Member):
    RED = 1
    GREEN = 2
    BLUE = 3


print(list(Color), len(Color))
print(Color(2), Color["BLUE"], Color.RED.name, Color(1) is Color.RED)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)


class AbstractMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        abstract = {k for k, v in ns.items() if getattr(v, "__isabstract__", False)}
        for b in bases:
            for k in getattr(b, "__abstract__", ()):
                if getattr(cls, k, None) is getattr(b, k, None):
                    abstract.add(k)
        cls.__abstract__ = frozenset(abstract)
        return cls

    def __call__(cls, *args, **kw):
        if cls.__abstract__:
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with {sorted(cls.__abstract__)}")
        return super().__call__(*args, **kw)

    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return hasattr(obj, "area")

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return hasattr(sub, "area")


def abstract(f):
    f.__isabstract__ = True
    return f


class Shape(metaclass=AbstractMeta):
    @abstract
    def area(self):
        pass


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class Blob:
    def area(self):
        return 0


try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
print(Square(3).area())
print(isinstance(Blob(), Shape), isinstance(3, Shape), issubclass(Blob, Shape), issubclass(int, Shape))
