# type() of values and three-argument type() creating a class
print(type(1).__name__, type(1.0).__name__, type("").__name__, type(b"").__name__, type(None).__name__)
print(type([]).__name__, type(()).__name__, type({}).__name__, type(set()).__name__, type(frozenset()).__name__)
print(type(range(1)).__name__, type(len).__name__, type(lambda: 0).__name__, type(iter([])).__name__)
print(type(True).__name__, type(type).__name__, type(object()).__name__, type(x for x in []).__name__)
Dyn = type("Dyn", (object,), {"v": 5, "m": lambda self: self.v * 2})
d = Dyn()
print(Dyn.__name__, d.v, d.m(), type(d) is Dyn)
