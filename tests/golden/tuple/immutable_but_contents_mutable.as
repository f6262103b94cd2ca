# a tuple cannot be changed but a list inside it can
t = (1, [2, 3])
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
t[1].append(4)
print(t)
try:
    t[1] += [5]
except TypeError as e:
    print("TypeError:", e)
print(t)
