# & | ^ ~ << >> on positive, negative and big ints
print(12 & 10, 12 | 10, 12 ^ 10, ~12, ~-1)
print(-12 & 10, -12 | 10, -12 ^ 10)
print(1 << 100, (1 << 100) >> 98, -1 >> 5, -256 >> 4)
print((2**70 - 1) & 0xFF, (2**70) | 1, (-2**70) ^ 3)
print(5 << 0, 0 >> 10)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
