# a StopIteration escaping a generator body becomes RuntimeError (PEP 479)
def gen():
    yield 1
    next(iter([]))
    yield 2
g = gen()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
