# CPython limits int<->str conversion to 4300 digits (sys.int_info)
big = 10 ** 4299
print(len(str(big)))
try:
    str(10 ** 4300)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(hex(10 ** 5000)[2:12], len(hex(10 ** 5000)))
