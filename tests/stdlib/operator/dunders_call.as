# operator.call and the dunder aliases of the functions.
import operator

print(operator.call(max, 3, 9, key=lambda v: -v), operator.call(dict, a=1), operator.__call__(len, 'ab'))
print(operator.__add__ is operator.add, operator.__not__ is operator.not_, operator.__and__ is operator.and_)
print(operator.__inv__ is operator.inv, operator.__invert__ is operator.invert, operator.__index__(5))
print(operator.__getitem__('abc', 1), operator.__contains__([1], 1), operator.__iadd__([1], [2]), operator.__concat__('a', 'b'))
names = ['__lt__', '__le__', '__eq__', '__ne__', '__ge__', '__gt__', '__abs__', '__floordiv__', '__lshift__',
         '__mod__', '__mul__', '__matmul__', '__neg__', '__or__', '__pos__', '__pow__', '__rshift__', '__sub__',
         '__truediv__', '__xor__', '__delitem__', '__setitem__', '__iand__', '__iconcat__', '__ifloordiv__',
         '__ilshift__', '__imod__', '__imul__', '__imatmul__', '__ior__', '__ipow__', '__irshift__', '__isub__',
         '__itruediv__', '__ixor__']
print(all(callable(getattr(operator, n)) for n in names), 'call' in operator.__all__, '__add__' in operator.__all__)
print(operator.__sub__(5, 2), operator.__pow__(2, 5), operator.__neg__(3), operator.__lt__(1, 2))
