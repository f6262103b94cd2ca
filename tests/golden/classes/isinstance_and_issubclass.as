# isinstance/issubclass with classes, builtins and tuples of types
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(b, C), isinstance(b, (C, A)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, B), issubclass(B, object))
print(isinstance(1, int), isinstance(1, float), isinstance(True, int), isinstance("s", (int, str)))
print(isinstance(A, type), isinstance(int, type), type(type).__name__, isinstance(None, object))
try:
    isinstance(1, "int")
except TypeError as e:
    print("TypeError:", e)
