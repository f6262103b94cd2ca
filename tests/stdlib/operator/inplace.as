# The in-place functions use the in-place operator: lists change, ints
# and strs give new values.
import operator as op

a = [1]
b = op.iadd(a, [2])
print(a, b is a)
s = {1, 2}
op.ior(s, {3})
op.iand(s, {1, 3})
print(s)
print(op.iadd(1, 2), op.isub(5, 3), op.imul('ab', 2), op.itruediv(1, 4), op.ifloordiv(9, 2), op.imod(9, 4))
print(op.ipow(3, 3), op.ilshift(1, 4), op.irshift(32, 2), op.ixor(6, 3), op.iand(6, 3), op.ior(6, 3))
c = [0]
print(op.iconcat(c, (1, 2)), c, op.imul(c, 2) is c)
try:
    op.iconcat(1, [2])
except TypeError as e:
    print(type(e).__name__, e)
