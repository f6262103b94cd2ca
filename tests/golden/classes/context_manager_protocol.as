# __enter__/__exit__: order, the as-value, and exit arguments
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return False
with CM("a") as v:
    print("body", v)
with CM("outer") as o, CM("inner") as i:
    print("both", o, i)
try:
    with CM("err"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
