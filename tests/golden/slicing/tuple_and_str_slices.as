# slicing tuples and strings returns the same type
t = (1, 2, 3, 4, 5)
print(t[1:4], t[::-2], type(t[:2]).__name__)
s = "slicing"
print(s[1:4], s[::-2], s[-3:], s[:100])
print(b"bytes"[1:3], range(10)[2:4])
