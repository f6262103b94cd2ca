# StopIteration carries a value; next() with default swallows it
it = iter([1])
print(next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
e = StopIteration(5)
print(e.value, e.args)
