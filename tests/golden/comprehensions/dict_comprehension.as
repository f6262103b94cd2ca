# dict comprehensions, including key collisions (last wins)
print({n: n * n for n in range(5)})
print({w[0]: w for w in ["apple", "avocado", "banana"]})
d = {"a": 1, "b": 2}
print({v: k for k, v in d.items()}, {k: v for k, v in zip("xyz", range(3)) if v})
