# and/or return an operand, not a bool, and short-circuit
print(0 or "default", "" or [] or None, 3 and 4, 0 and 1 / 0)
print([] and "x", "a" or 1 / 0)
print(not 0, not "x", not not [1])
x = None
print(x or "fallback")
