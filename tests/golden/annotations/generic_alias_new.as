# types.GenericAlias(origin, args) makes an alias, so classes written in
# Python can give themselves a __class_getitem__; a list argument (the
# parameters of a Callable) shows as a list of types.
import types

class Box:
    __class_getitem__ = classmethod(types.GenericAlias)

print(Box[int], Box[int, str], Box[[int], str], Box[int].__origin__, Box[int].__args__)
alias = types.GenericAlias(list, (int,))
print(alias, alias == list[int], types.GenericAlias(dict, [str, int]) if False else 'ok')
print(Box[int]() .__class__.__name__, Box[[int, float], None])
try:
    types.GenericAlias(list)
except TypeError as e:
    print(e)
