# set algebra: union, intersection, difference, symmetric difference
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union([7], (8,))), sorted(a.intersection(range(3))), sorted(a.difference({1}, {2})))
print(sorted(a.symmetric_difference([4, 9])))
c = set(a)
c |= {10}; c &= {1, 2, 10}; c -= {1}; c ^= {2, 11}
print(sorted(c))
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
