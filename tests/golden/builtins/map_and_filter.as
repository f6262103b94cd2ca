# map over one or several iterables; filter with a function or None
print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(lambda x: x > 1, [0, 1, 2, 3])), list(filter(None, [0, "", "a", [], [0], None, 5])))
m = map(int, ["7", "8"])
print(next(m), list(m), list(m))
print(list(map(len, ["a", "bb"])), type(map(str, [])).__name__, type(filter(None, [])).__name__)
