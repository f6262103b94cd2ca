# // and % on floats follow the same sign rules as ints
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(divmod(-7.5, 2), divmod(1.0, 0.1))
print(5 % 0.5, -0.0 % 5, 0.0 % -5)
print(1e300 % 7, -1e-300 % 1)
