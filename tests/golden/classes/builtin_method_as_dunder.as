# A builtin method stored in a class under a dunder name (__str__ =
# int.__repr__) is what the class uses for that operation.
class I(int):
    def __repr__(self): return 'R'
I.__str__ = int.__repr__
print(str(I(1)), f'{I(2)}', format(I(3)))
class J(int):
    def __repr__(self): return 'R'
    __str__ = int.__repr__
print(str(J(1)))
class K(list):
    __len__ = lambda self: 42
    __repr__ = object.__repr__
print(len(K()), repr(K()).startswith('<__main__.K object'))
