# % takes the sign of the divisor
for a in (7, -7):
    for b in (3, -3):
        print(a, "%", b, "=", a % b)
print(-1 % 10, 10 % -3, 0 % 5)
print(-(10**25) % 9, (10**25) % -9)
