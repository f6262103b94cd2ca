# repr of a float is the shortest string that round-trips
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1.1 * 3)
print(0.1, 1/3, 2/3, 100.0, 1.0, -0.0)
print(1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001234)
print(1e22, 1e23, 5e-324, 1.7976931348623157e308)
print(float("0.30000000000000004") == 0.1 + 0.2)
print(repr(2.5), str(2.5), [0.1, 0.2])
