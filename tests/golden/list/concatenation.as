# + builds a new list; += extends in place with any iterable
a = [1]
b = a + [2]
print(a, b)
a += (3, 4)
a += "5"
print(a)
try:
    a + (6,)
except TypeError as e:
    print("TypeError:", e)
