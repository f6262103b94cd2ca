# slicing lists with every combination of omitted and negative bounds
a = list(range(10))
print(a[2:8:2], a[::3], a[::-3], a[-1:-4:-1], a[8:1:-3], a[:-8:-2], a[-2:], a[:0], a[5:5])
print(a[-100:100], a[100:], a[::-1][:3])
