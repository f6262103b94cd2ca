# ranges with negative steps and empty ranges
print(list(range(5, 0, -1)), list(range(0, 5, -1)), list(range(-1, -10, -3)), list(range(3, 3)))
print(list(reversed(range(4))), len(range(10, 0, -3)))
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
