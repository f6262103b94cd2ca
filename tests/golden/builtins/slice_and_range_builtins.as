# range() and slice() as callables with one, two and three arguments
print(list(range(4)), list(range(2, 5)), list(range(10, 0, -4)), slice(5), slice(1, 5), slice(1, 5, 2))
print("abcdef"[slice(1, None, 2)], [0, 1, 2, 3][slice(-2, None)])
