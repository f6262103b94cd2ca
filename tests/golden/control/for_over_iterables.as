# for iterates over any iterable: dict keys, string, tuple, generator, file of ranges
for k in {"b": 1, "a": 2}:
    print(k, end=" ")
print()
for a, b in [(1, 2), (3, 4)]:
    print(a + b, end=" ")
print()
for n in (x * x for x in range(4)):
    print(n, end=" ")
print()
for ch in reversed("abc"):
    print(ch, end="")
print()
