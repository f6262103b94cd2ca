# a 1 MB bytearray grown by append and extend, then cut back by del
b = bytearray()
for i in range(1 << 18):
    b.append(i & 255)
chunk = bytes(range(256))
while len(b) < 1 << 20:
    b.extend(chunk)
print(len(b), b[0], b[-1], b[1 << 19], sum(b[:1000]))
while len(b) > 1000:
    del b[len(b) // 2:]
print(len(b), b[-1])
del b[::2]
print(len(b), b[:4])
b *= 1000
print(len(b), b.count(b"\x01\x03"))
b[100:] = b""
print(len(b), bytes(b[:6]))
