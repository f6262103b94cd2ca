# split, subgroup and derive: by type, tuple of types or predicate; what
# the parts keep from the original (traceback, cause, context, notes)


def show(label, result):
    if isinstance(result, tuple):
        print(label, [repr(part) for part in result])
    else:
        print(label, repr(result))


def attempt(label, call):
    try:
        show(label, call())
    except BaseException as e:
        print(label, type(e).__name__ + ":", e)


try:
    raise ValueError(1)
except ValueError as e:
    v1 = e
inner = ExceptionGroup("inner", [TypeError(2), ValueError(3)])
try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("eg", [v1, inner, OSError(4)]) from RuntimeError("cause")
except ExceptionGroup as e:
    eg = e
eg.add_note("n1")

attempt("type", lambda: eg.split(ValueError))
attempt("tuple", lambda: eg.split((ValueError, OSError)))
attempt("predicate", lambda: eg.split(lambda x: isinstance(x, TypeError)))
attempt("all", lambda: eg.split(Exception))
attempt("groups", lambda: eg.split(ExceptionGroup))
attempt("none", lambda: eg.split(KeyError))
attempt("subgroup", lambda: eg.subgroup(ValueError))
attempt("subgroup none", lambda: eg.subgroup(KeyError))
attempt("subgroup all", lambda: eg.subgroup(BaseException))
attempt("int", lambda: eg.split(1))
attempt("tuple with int", lambda: eg.split((ValueError, 1)))
attempt("non-exception type", lambda: eg.split(int))
attempt("str", lambda: eg.subgroup("x"))
attempt("no args", lambda: eg.split())
attempt("two args", lambda: eg.split(ValueError, TypeError))
attempt("keyword", lambda: eg.split(condition=ValueError))
attempt("subgroup no args", lambda: eg.subgroup())
attempt("derive", lambda: eg.derive([KeyError(9)]))
attempt("derive base", lambda: eg.derive([KeyboardInterrupt()]))
attempt("derive empty", lambda: eg.derive([]))
attempt("derive int", lambda: eg.derive(1))
attempt("derive no args", lambda: eg.derive())
attempt("derive keyword", lambda: eg.derive(excs=[]))

match, rest = eg.split(ValueError)
for part in (match, rest):
    print(part.message, part.exceptions)
    print(" ", repr(part.__cause__), repr(part.__context__), part.__suppress_context__)
    print(" ", part.__traceback__ is eg.__traceback__, part.__notes__, part.__notes__ is eg.__notes__)
print(match.exceptions[0] is v1, match.exceptions[1].__traceback__)
print(match.exceptions[1].exceptions[0] is inner.exceptions[1])
print(eg.split(Exception)[0] is eg, eg.subgroup(lambda x: x is eg) is eg)
print(repr(eg.subgroup(lambda x: x is inner)))

calls = []


def record(x):
    calls.append(repr(x))
    return False


eg.split(record)
for c in calls:
    print("asked:", c)

plain = ExceptionGroup("plain", [ValueError(1), TypeError(2)])
m, r = plain.split(ValueError)
print(m.__suppress_context__, m.__traceback__, hasattr(m, "__notes__"))
plain.__notes__ = ("tuple note",)
print(plain.split(ValueError)[0].__notes__)
plain.__notes__ = 5
print(hasattr(plain.split(ValueError)[0], "__notes__"))

beg = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
attempt("base split", lambda: beg.split(ValueError))
attempt("base split 2", lambda: beg.split(KeyboardInterrupt))
attempt("base subgroup", lambda: beg.subgroup(lambda e: isinstance(e, KeyboardInterrupt)))


def failing(x):
    raise RuntimeError("predicate failed")


attempt("raising predicate", lambda: eg.split(failing))
