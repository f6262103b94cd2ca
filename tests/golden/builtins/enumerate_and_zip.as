# enumerate with start; zip stops at the shortest; zip(strict=True)
print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate([], 1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
a, b = zip(*[(1, "x"), (2, "y")])
print(a, b)
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
e = enumerate(["q"])
print(next(e), next(e, "end"))
