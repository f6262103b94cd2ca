# indexing bytes gives ints; slicing gives bytes
b = b"hello"
print(b[0], b[-1], b[1:3], b[::-1], list(b), b[0:0])
for x in b"hi":
    print(x)
print(104 in b, b"ell" in b, b"z" in b)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b[10]
except IndexError as e:
    print("IndexError:", e)
