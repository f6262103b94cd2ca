# id() is stable for an object's lifetime and distinct for live objects
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__, id(a) == id(a))
x = None
print(id(x) == id(None))
