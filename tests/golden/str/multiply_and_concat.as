# + and * on strings, with zero and negative counts
print("ab" + "cd", "ab" * 3, 3 * "x", repr("ab" * 0), repr("ab" * -2))
s = ""
for i in range(5):
    s += str(i)
print(s)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 2.0
except TypeError as e:
    print("TypeError:", e)
