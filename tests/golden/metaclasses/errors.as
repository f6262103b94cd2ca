# Errors from class creation, with CPython's messages.

class M1(type):
    pass


class M2(type):
    pass


class X(metaclass=M1):
    pass


class Y(metaclass=M2):
    pass


def attempt(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)


def conflict():
    class Z(X, Y):
        pass


def keywords():
    class K(X, unexpected=1):
        pass


attempt(conflict)
attempt(keywords)
attempt(lambda: type())
attempt(lambda: type("A", (), {}, x=1))
attempt(lambda: M1("Q"))
attempt(lambda: type("Q", 1, {}))
attempt(lambda: type(1, (), {}))
attempt(lambda: type("Q", (), 3))
attempt(lambda: type.__new__(int, "x", (), {}))
attempt(lambda: type.__init__(X, 1, 2))
attempt(lambda: type("Q", (), {"__qualname__": 3}))


class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5


def bad_prepare():
    class P(metaclass=BadPrepare):
        pass


attempt(bad_prepare)
print(type(M1("Q", (), {"a": 1})), M1("Q", (), {}).__name__)
