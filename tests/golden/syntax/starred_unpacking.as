# starred targets in assignment and starred expressions in displays
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = (1, 2)
print(a, mid, z)
a, (b, c), d = 1, [2, 3], 4
print(a, b, c, d)
print([*range(3), *"xy"])
print((*[1, 2], 3))
print({**{"a": 1}, "b": 2, **{"a": 3}})
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
