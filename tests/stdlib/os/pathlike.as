# isinstance and issubclass with os.PathLike look for __fspath__, as CPython's ABC does.
import os

class A:
    def __fspath__(self): return 'a'
class B(os.PathLike):
    def __fspath__(self): return 'b'
class C(A):
    __fspath__ = None
print(isinstance(A(), os.PathLike), isinstance(B(), os.PathLike), isinstance('x', os.PathLike), isinstance(C(), os.PathLike))
print(issubclass(A, os.PathLike), issubclass(int, os.PathLike), issubclass(C, os.PathLike))
with os.scandir('/') as it:
    print(isinstance(next(it), os.PathLike))
print(isinstance(A(), B), isinstance(B(), B), issubclass(B, B), issubclass(A, B))
