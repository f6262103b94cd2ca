# tuple unpacking with wrong counts raises ValueError
a, b = (1, 2)
print(a, b)
for value in ((1, 2, 3), (1,)):
    try:
        x, y = value
    except ValueError as e:
        print("ValueError:", e)
try:
    x, y, *z = (1,)
except ValueError as e:
    print("ValueError:", e)
try:
    p, q = 5
except TypeError as e:
    print("TypeError:", e)
