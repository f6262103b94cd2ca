# an exhausted generator stays exhausted; a new call makes a fresh one
def two():
    yield "a"
    yield "b"
g = two()
print(list(g), list(g), list(two()))
print(iter(g) is g)
def running():
    yield gen_ref.send(None)
gen_ref = running()
try:
    next(gen_ref)
except ValueError as e:
    print("ValueError:", e)
