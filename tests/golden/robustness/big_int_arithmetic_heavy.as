# big-int workload: 2**100000, a 5000-digit factorial, and modular power
x = 2 ** 100000
print(x.bit_length(), x % 1000000007, len(hex(x)))
f = 1
for i in range(1, 2001):
    f *= i
print(f.bit_length(), f % (10**9 + 7))
print(pow(3, 10**18, 10**9 + 7), pow(12345678901234567890, 98765432109876543210, 2**127 - 1))
