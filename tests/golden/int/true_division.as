# / on ints always gives a float, exactly rounded even for big ints
print(7 / 2, -7 / 2, 6 / 3, 1 / 3)
print(10**30 / 10**10, (2**60 + 1) / 2)
print(type(4 / 2).__name__)
