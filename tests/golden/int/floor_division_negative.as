# // rounds toward negative infinity for every sign combination
for a in (7, -7):
    for b in (2, -2):
        print(a, "//", b, "=", a // b)
print(-1 // 10, 1 // -10, 0 // -3)
print(-(10**30) // 7, (10**30) // -7)
