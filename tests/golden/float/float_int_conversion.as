# int() truncates toward zero, float() of huge ints, is_integer
print(int(2.9), int(-2.9), int(1e20), int(-0.0))
print(float(2**53), float(2**53 + 1), float(10**20))
print((3.0).is_integer(), (3.5).is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio())
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError:", e)
