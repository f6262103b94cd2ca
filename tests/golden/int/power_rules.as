# ** with negative exponent gives float; right-associative; 0**0
print(2 ** 10, 2 ** -1, 2 ** -2, (-2) ** 3, -2 ** 2)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(0 ** 0, 10 ** 0, (-1) ** 101)
print(pow(2, 10), pow(2, -3), pow(7, 2, 5), pow(3, 200, 10**9 + 7))
print(pow(3, -1, 7))
