# negative indices count from the end, for reads and writes
a = [10, 20, 30, 40]
print(a[-1], a[-4], a[len(a) - 1])
a[-2] = 33
print(a)
try:
    a[-5]
except IndexError as e:
    print("IndexError:", e)
try:
    a[4] = 1
except IndexError as e:
    print("IndexError:", e)
