# math functions raise ValueError outside their domain
import math
for fn, arg in ((math.sqrt, -1), (math.log, 0), (math.log, -5), (math.acos, 2), (math.factorial, -1)):
    try:
        fn(arg)
    except ValueError as e:
        print(fn.__name__, "ValueError:", e)
try:
    math.factorial(2.5)
except TypeError as e:
    print("TypeError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.sqrt("4")
except TypeError as e:
    print("TypeError:", e)
