# tuple repr, the one-element comma, the empty tuple, parentheses optional
t = 1, 2, 3
print(t, (1,), (), tuple(), ((1, 2),), (1, (2, (3,))))
x = 5,
print(x, type(x).__name__, len(x))
print(tuple("abc"), tuple([1, 2]), tuple(range(3)))
