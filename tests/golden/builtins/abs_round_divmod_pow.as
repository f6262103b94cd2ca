# abs, round, divmod and pow on ints and floats
print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(-(10**30)), abs(True))
print(round(3.7), round(-3.7), round(3.14159, 2), round(12345, -3), round(5))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-7, -2))
print(pow(2, 8), pow(2.0, 3), pow(2, -1), pow(5, 3, 7), pow(-2, 3, 5), pow(10, 20, 10**9))
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
