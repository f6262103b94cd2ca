# assignment to a stepped slice needs the same length
a = list(range(8))
a[::2] = ["a", "b", "c", "d"]
print(a)
a[::-3] = [1, 2, 3]
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
