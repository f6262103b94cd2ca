# comparing incompatible types while sorting raises TypeError
try:
    sorted([3, "a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    [1, None].sort()
except TypeError as e:
    print("TypeError:", e)
