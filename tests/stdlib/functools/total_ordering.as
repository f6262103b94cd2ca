# total_ordering fills in the missing comparisons from the root it finds
# (__lt__ first, then __le__, __gt__, __ge__); NotImplemented passes on.
from functools import total_ordering

@total_ordering
class ByLt:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __lt__(self, other):
        if not isinstance(other, ByLt):
            return NotImplemented
        return self.v < other.v

a, b = ByLt(1), ByLt(2)
print(a < b, a <= b, a > b, a >= b, a <= ByLt(1), a >= ByLt(1), ByLt.__gt__.__name__)

@total_ordering
class ByGe:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __ge__(self, other):
        return self.v >= other.v
x, y = ByGe(3), ByGe(5)
print(x < y, x <= y, x > y, x >= y, sorted([ByGe(2), ByGe(1)])[0].v)

@total_ordering
class ByLe:
    def __init__(self, v):
        self.v = v
    def __le__(self, other):
        return self.v <= other.v
@total_ordering
class ByGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
print(ByLe(1) < ByLe(2), ByLe(2) > ByLe(1), ByLe(2) >= ByLe(3), ByGt(1) < ByGt(2), ByGt(1) <= ByGt(1), ByGt(1) >= ByGt(2))

try:
    a < 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a >= 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(type(e).__name__, e)
