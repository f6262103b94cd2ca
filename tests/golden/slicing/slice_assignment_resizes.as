# assigning to a simple slice can grow or shrink the list
a = [0, 1, 2, 3, 4]
a[1:3] = ["a", "b", "c", "d"]
print(a)
a[1:5] = []
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [9]
print(a)
a[2:2] = "xy"
print(a)
a[:] = range(3)
print(a)
