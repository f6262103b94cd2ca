# gc-stress: skip -- builds several 100,000-deep structures
# repr, str, == and hash of data nested 100,000 deep.  repr, str and ==
# raise RecursionError as in CPython.  hash differs on purpose: CPython
# 3.12 hashes a deep tuple by recursing on the C stack without a check
# (it prints "hash(tuple) worked" at this depth, and crashes deeper
# down); aster raises RecursionError.  Otherwise the output is CPython's.
N = 100000

def nest(make):
    x = make(None)
    for _ in range(N):
        x = make(x)
    return x

def attempt(what, f):
    try:
        f()
        print(what, "worked")
    except RecursionError as e:
        print(what, "RecursionError:", e)

lists = nest(lambda x: [x])
attempt("repr(list)", lambda: repr(lists))
attempt("str(list)", lambda: str(lists))
attempt("list == list", lambda: lists == nest(lambda x: [x]))
dicts = nest(lambda x: {"k": x})
attempt("repr(dict)", lambda: repr(dicts))
tuples = nest(lambda x: (x,))
attempt("repr(tuple)", lambda: repr(tuples))
attempt("tuple < tuple", lambda: tuples < nest(lambda x: (x,)))
attempt("hash(tuple)", lambda: hash(tuples))

# Shallow nesting still works, and the interpreter is whole afterwards.
print(repr(nest.__name__), len(repr([[[[1]]]])))
small = [1]
for _ in range(150):
    small = [small]
print(len(repr(small)), small == eval(repr(small)))
