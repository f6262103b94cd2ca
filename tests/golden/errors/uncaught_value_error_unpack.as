# unpacking the wrong number of values
a, b = [1, 2, 3]
