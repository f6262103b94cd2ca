# min/max with key and default; sum with start
print(min(3, 1, 2), max([3, 1, 2]), min("hello"), max("a", "B"), max([1, 5], [2]))
print(min(["aa", "b", "ccc"], key=len), max(["aa", "b", "ccc"], key=len), max([], default="empty"))
print(max([1, 3, 3], key=lambda x: 0), min(x for x in [4, 2, 9]))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(()), sum(range(1, 101)))
for fn in (lambda: min([]), lambda: max(), lambda: sum(["a", "b"], "")):
    try:
        fn()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
