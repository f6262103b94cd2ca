# product, permutations, combinations, combinations_with_replacement:
# CPython's order (positions, lexicographically).
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product('ab', 'xy')), list(product(range(2), repeat=3)))
print(list(product()), list(product('ab', [])), list(product('ab', repeat=0)), list(product([1, 2], 'c', repeat=2))[:5])
print(list(permutations('ABC')), list(permutations('ABCD', 2))[:7], list(permutations(range(3), 0)))
print(list(permutations('ab', 3)), len(list(permutations(range(6)))), list(permutations([])))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('ab', 0)))
print(list(combinations('ab', 3)), list(combinations([], 0)), len(list(combinations(range(10), 4))))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement('ab', 3)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)), list(combinations_with_replacement('x', 0)))
print(list(combinations([3, 1, 3], 2)), list(permutations([1, 1], 2)))
for f in [lambda: product('a', repeat=-1), lambda: permutations('ab', -1), lambda: combinations('ab', -2),
          lambda: combinations_with_replacement('ab', -1)]:
    try:
        f()
    except ValueError as e:
        print(type(e).__name__, e)
