# big int power, multiplication, subtraction crossing zero, negation
a = 2 ** 200
b = 3 ** 120
print(a)
print(b)
print(a * b)
print(a - b)
print(b - a)
print(-a + a, a // b, a % b)
print(2 ** 64 - 1, -(2 ** 63))
print((2 ** 64) // (2 ** 32), 2 ** 64 == 18446744073709551616)
