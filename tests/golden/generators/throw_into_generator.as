# throw() raises inside the generator at the paused yield
def gen():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("handled", e)
            yield "recovered"
g = gen()
print(next(g))
print(g.throw(ValueError("oops")))
print(next(g))
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
print(next(g, "closed after error"))
