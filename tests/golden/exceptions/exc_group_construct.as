# ExceptionGroup / BaseExceptionGroup: construction, validation and the
# class chosen, message/exceptions/args, str and repr, catching


def attempt(label, make):
    try:
        r = make()
        print(label, "->", type(r).__name__, repr(r))
    except BaseException as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("no args", lambda: BaseExceptionGroup())
attempt("one arg", lambda: ExceptionGroup("m"))
attempt("three args", lambda: ExceptionGroup("m", [ValueError()], 3))
attempt("int message", lambda: ExceptionGroup(1, [ValueError()]))
attempt("bytes message", lambda: ExceptionGroup(b"x", [ValueError()]))
attempt("int excs", lambda: ExceptionGroup("m", 1))
attempt("None excs", lambda: ExceptionGroup("m", None))
attempt("set excs", lambda: ExceptionGroup("m", {ValueError()}))
attempt("dict excs", lambda: ExceptionGroup("m", {1: 2}))
attempt("empty list", lambda: ExceptionGroup("m", []))
attempt("empty tuple", lambda: ExceptionGroup("m", ()))
attempt("empty range", lambda: ExceptionGroup("m", range(0)))
attempt("empty str", lambda: ExceptionGroup("m", ""))
attempt("str excs", lambda: ExceptionGroup("m", "ab"))
attempt("item 1 bad", lambda: ExceptionGroup("m", [ValueError(), 1]))
attempt("a class", lambda: ExceptionGroup("m", [ValueError]))
attempt("nest base", lambda: ExceptionGroup("m", [ValueError(), KeyboardInterrupt()]))
attempt("base group", lambda: BaseExceptionGroup("m", [KeyboardInterrupt()]))
attempt("becomes EG", lambda: BaseExceptionGroup("m", [ValueError(1)]))
attempt("tuple excs", lambda: BaseExceptionGroup("m", (ValueError(1), TypeError(2))))
attempt("keyword", lambda: ExceptionGroup("m", [ValueError(1)], x=1))
attempt("by name", lambda: ExceptionGroup(message="m", exceptions=[ValueError(1)]))


class Indexable:
    def __getitem__(self, i):
        if i < 2:
            return ValueError(i)
        raise IndexError(i)

    def __repr__(self):
        return "Indexable()"


class IterOnly:
    def __iter__(self):
        return iter([ValueError()])


attempt("indexable", lambda: ExceptionGroup("m", Indexable()).exceptions)
attempt("iterable only", lambda: ExceptionGroup("m", IterOnly()))

print([c.__name__ for c in ExceptionGroup.__mro__])
print([c.__name__ for c in ExceptionGroup.__bases__], [c.__name__ for c in BaseExceptionGroup.__bases__])
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(ExceptionGroup.__name__, ExceptionGroup.__module__, ExceptionGroup.__qualname__)

eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(eg.args, eg.message, eg.exceptions)
print(str(eg))
print(repr(eg))
excs = [ValueError(1)]
one = ExceptionGroup("one", excs)
excs.append(2)
print(one.args, one.args[1] is excs, one.exceptions, one)
one.args = ("changed",)
print(str(one), repr(one), one.message)
for attr in ("message", "exceptions"):
    try:
        setattr(one, attr, 1)
    except AttributeError as e:
        print("set", attr, "->", e)
    try:
        delattr(one, attr)
    except AttributeError as e:
        print("del", attr, "->", e)
print(repr(str(ExceptionGroup("", [ValueError()]))))
print(ExceptionGroup("it's", [ValueError()]), repr(ExceptionGroup("it's", [ValueError()])))
beg = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
print(type(beg).__name__, beg.exceptions, isinstance(beg, Exception))
print(eg.__dict__, eg == eg, hash(eg) == hash(eg))

# except clauses see the hierarchy
for group in (eg, beg):
    try:
        try:
            raise group
        except Exception as e:
            print("caught by Exception:", e)
    except BaseExceptionGroup as e:
        print("caught by BaseExceptionGroup:", e)
try:
    raise ExceptionGroup("inner", [OSError(2, "nope")])
except ExceptionGroup as caught:
    print("caught:", repr(caught), caught.exceptions[0].errno)
    print(caught.__traceback__ is not None, caught.exceptions[0].__traceback__)
