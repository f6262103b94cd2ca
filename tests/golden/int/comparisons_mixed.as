# int/float/bool comparisons are by mathematical value, including big ints
print(1 == 1.0, 2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53)
print(10**400 > 1e308, -(10**400) < -1e308)
print(3 < 3.5 < 4, 0 == -0.0, True < 2)
print(max(3, 2.5, True), min(-1, -1.0))
print(sorted([3, 1.5, True, -2, 2**70, 0.0]))
