# strings cannot be changed in place
s = "abc"
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
t = s
s += "d"
print(s, t)
