# catch_warnings(record=True): WarningMessage objects; filters restored after
import warnings


def f():
    warnings.warn("recorded", RuntimeWarning)


before = list(warnings.filters)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    f()
    f()
    warnings.warn("another")
print(len(log))
for m in log:
    print(type(m).__name__, repr(m.message), m.category.__name__, m.filename, m.lineno,
          m.file, m.line, m.source)
print(str(log[0]))
print(warnings.filters == before)
with warnings.catch_warnings(record=True, action="ignore") as log2:
    warnings.warn("dropped")
print(log2)
with warnings.catch_warnings(action="error", category=RuntimeWarning):
    try:
        f()
    except RuntimeWarning as e:
        print("raised inside:", e)
with warnings.catch_warnings() as nothing:
    print(nothing)
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
try:
    cw.__exit__(None, None, None)
except RuntimeError as e:
    print(e)
cw.__enter__()
try:
    cw.__enter__()
except RuntimeError as e:
    print(e)
cw.__exit__(None, None, None)
m = warnings.WarningMessage("text", UserWarning, "file.py", 7)
print(m, m.file, m.line, m.source)
