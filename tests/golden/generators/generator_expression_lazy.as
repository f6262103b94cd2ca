# generator expressions evaluate lazily, except the first iterable
def source():
    print("source evaluated")
    return [1, 2, 3]
g = (print("item", x) or x * 10 for x in source())
print("genexp created")
print(next(g))
print(sum(g))
print(sum(x * x for x in range(10)), max((len(w), w) for w in ["a", "ccc", "bb"]))
