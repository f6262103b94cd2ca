# any/all short-circuit and handle empty iterables
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any([0, 2]), all([1, 0]))
def noisy(v):
    print("check", v)
    return v
print(any(noisy(v) for v in [0, 1, 2]))
print(all(noisy(v) for v in [1, 0, 2]))
