# float ** edge cases: overflow, negative base with fraction gives complex
print(0.0 ** 0, 2.0 ** -1, (-2.0) ** 2, 1.0 ** float("inf"))
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
