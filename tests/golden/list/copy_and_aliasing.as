# assignment aliases; copy(), list() and [:] make shallow copies
a = [1, [2, 3]]
b = a
c = a.copy()
d = list(a)
e = a[:]
a.append(4)
a[1].append(99)
print(a, b, c, d, e)
print(c is a, c[1] is a[1])
