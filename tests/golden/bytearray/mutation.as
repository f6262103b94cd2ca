# bytearray's mutating operations and methods
b = bytearray(b"hello")
b[0] = 72
b[-1] = ord("O")
print(b)
b[1:3] = b"EE"
print(b)
b[1:3] = b"abcdef"
print(b)
b[1:7] = []
print(b)
b[1:1] = [120, 121]
print(b)
b[:] = b
print(b)
b[len(b):] = bytearray(b"!!")
print(b)
b[::2] = b"1234"
print(b)
b[::-3] = (65, 66, 67)
print(b)
del b[0]
print(b)
del b[-1]
print(b)
del b[1:3]
print(b)
del b[::2]
print(b)
x = bytearray(range(10))
del x[::-3]
print(x)
x = bytearray(range(10))
del x[7:2:-2]
print(x)
del x[5:2]
print(x)
b = bytearray()
b.append(1)
b.append(255)
b.extend(b"ab")
b.extend(bytearray(b"cd"))
b.extend([10, 11])
b.extend(range(3))
b.extend(x for x in (65, 66))
b.extend(b)
print(b)
b.insert(0, 50)
b.insert(-1, 51)
b.insert(100, 52)
b.insert(-100, 53)
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(97)
print(b)
c = b.copy()
b.clear()
print(b, c, len(b))
c.reverse()
print(c)
e = bytearray()
e.reverse()
e.append(7)
e.reverse()
print(e)
it = bytearray(b"ab")
out = []
for v in it:
    out.append(v)
    if len(it) < 4:
        it.append(v + 1)
print(out, it)
