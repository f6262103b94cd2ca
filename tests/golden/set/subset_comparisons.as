# <=, <, >=, >, issubset, issuperset, isdisjoint, equality
a, b = {1, 2}, {1, 2, 3}
print(a <= b, a < b, b >= a, b > a, a < a, a <= a)
print(a.issubset([1, 2, 5]), b.issuperset(a), a.isdisjoint({3}), a.isdisjoint(b))
print({1, 2} == {2, 1}, {1} == frozenset({1}), {1, 2} != {1})
print(sorted([{1, 2}, {1}, {3}], key=len))
