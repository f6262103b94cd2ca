# Subclasses of the exception groups: derive overrides, extra __new__
# arguments, __str__, and the class checks


def attempt(label, call):
    try:
        r = call()
        print(label, "->", repr(r))
    except BaseException as e:
        print(label, "->", type(e).__name__ + ":", e)


class MyGroup(ExceptionGroup):
    pass


g = MyGroup("mine", [ValueError(1), TypeError(2)])
print(type(g).__name__, g, repr(g), isinstance(g, ExceptionGroup))
print(type(g.derive([ValueError()])).__name__, [type(p).__name__ for p in g.split(ValueError)])


class Tagged(ExceptionGroup):
    def __new__(cls, message, excs, tag):
        obj = super().__new__(cls, message, excs)
        obj.tag = tag
        return obj

    def derive(self, excs):
        return Tagged(self.message, excs, self.tag)


t = Tagged("tagged", [ValueError(1), TypeError(2)], "T")
print(t.args, repr(t), str(t), t.tag)
a, b = t.split(ValueError)
print(type(a).__name__, a.tag, repr(a), repr(b))
print(repr(t.subgroup(TypeError)))


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42


attempt("bad derive", lambda: BadDerive("b", [ValueError(1), TypeError(2)]).split(ValueError))


class LooseInit(ExceptionGroup):
    def __init__(self, *args, **kwargs):
        pass


attempt("keywords to own __init__", lambda: LooseInit("m", [ValueError()], x=1))
attempt("keywords", lambda: MyGroup("m", [ValueError()], k=2))


class MyBase(BaseExceptionGroup):
    pass


attempt("base subclass", lambda: MyBase("m", [ValueError(1)]))
attempt("base subclass base", lambda: MyBase("m", [KeyboardInterrupt()]))
attempt("EG subclass base", lambda: MyGroup("m", [KeyboardInterrupt()]))


class Mixed(BaseExceptionGroup, Exception):
    pass


attempt("mixed base", lambda: Mixed("m", [KeyboardInterrupt()]))
attempt("mixed", lambda: Mixed("m", [ValueError()]))
attempt("new with cls", lambda: ExceptionGroup.__new__(BaseExceptionGroup, "m", [KeyboardInterrupt()]))
attempt("base __init__ keyword", lambda: BaseExceptionGroup.__init__(g, 1, x=2))


class Described(ExceptionGroup):
    def __str__(self):
        return "described: " + self.message


try:
    raise Described("x", [ValueError(5)])
except ExceptionGroup as e:
    print(e, repr(e), e.exceptions)
