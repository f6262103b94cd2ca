# slicing a range gives another range
r = range(0, 20, 2)
print(r[2:5], r[::-1], r[::3], r[-3:], list(r[1:4]))
print(range(10)[::-2])
