# Crashed before (UBSan under clang): creating an exception with no
# arguments offset a NULL argument array (exc.c, exc_init_slot).
print(repr(ValueError()))
try:
    raise KeyError
except KeyError as e:
    print(repr(e), e.args)
def g():
    yield 1
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value)
