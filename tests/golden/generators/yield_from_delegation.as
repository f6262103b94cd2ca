# yield from delegates iteration, send and the return value
def inner():
    x = yield "inner-1"
    print("inner got", x)
    yield "inner-2"
    return "inner result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield from range(2)
    yield from "ab"
g = outer()
print(next(g))
print(g.send("hello"))
print(list(g))
