# The arithmetic, bitwise and comparison functions are the operators.
import operator as op

print(op.add(1, 2), op.sub(5, 7), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(-7, 3), op.pow(2, 10))
print(op.neg(5), op.pos(-5), op.abs(-3.5), op.inv(5), op.invert(0), op.lshift(1, 10), op.rshift(1024, 3))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.and_({1, 2}, {2, 3}), op.or_(True, False))
print(op.add('ab', 'cd'), op.mul([0], 3), op.add((1,), (2,)), op.mod('%s-%s', ('a', 'b')))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne('a', 'a'), op.ge(3, 4), op.gt([2], [1, 9]))
print(op.not_(0), op.not_([1]), op.truth(''), op.truth(5), op.is_(None, None), op.is_not(1, None))
x = []
print(op.is_(x, x), op.is_([], []))
for f, args in [(op.truediv, (1, 0)), (op.add, (1, 'a')), (op.lt, (1, 'a')), (op.neg, ('a',))]:
    try:
        f(*args)
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
