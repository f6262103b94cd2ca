# arithmetic that crosses the 63/64-bit machine-word boundary is exact
m = 9223372036854775807
print(m + 1, -m - 1, -m - 2)
print(m * m)
print((m + 1) - 1 == m, type(m + 1).__name__)
print(4611686018427387904 * 2, 4611686018427387904 + 4611686018427387904)
print(-9223372036854775808 // -1)
print(abs(-9223372036854775808))
x = 1
for i in range(70):
    x *= 2
print(x)
for i in range(70):
    x //= 2
print(x, x == 1)
