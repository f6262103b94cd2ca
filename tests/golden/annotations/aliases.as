# Generic aliases (list[int]) and unions (int | None): reprs, equality,
# hashing, calls, subclassing, isinstance/issubclass and their errors.
print('__class_getitem__' in type.__dict__, type[int], type(type[int]))
class A: pass
try: A[int]
except TypeError as e: print(e)
print(list[int].__name__, list[int]([1,2]), list[int] == list[int], list[int] | None, int | str == str | int)
print((int | None).__args__, dict[str, ...], tuple[()], list['x'], list[A])
try: isinstance([], list[int])
except TypeError as e: print(e)
print(isinstance(3, int | str), issubclass(bool, int | None), isinstance(None, int | None))
try: isinstance("s", int | list[int] | str)
except TypeError as e: print(e)
try: isinstance(3, int | list[int])
except TypeError as e: print(e)
try: int | 'x'
except TypeError as e: print(e)
class B(list[int]): pass
print(B.__mro__, B.__orig_bases__)
import collections
print(collections.deque[int], frozenset[int], set[str], type(int|str))
print(int | int, (int | str) | (str | bytes), list[int].__origin__, list[int].__args__, list[int].__parameters__)
print(hash(int|str) == hash(str|int), {list[int]: 1}[list[int]])
print(type.__or__, hasattr(type, '__add__'), None | int, A | None)
def f(x: list[int] | None = None) -> dict[str, tuple[int, ...]]: return x
print(f([1]), list[int].append is list.append, tuple[int, str].__args__)
