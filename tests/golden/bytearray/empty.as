# an empty bytearray (no buffer yet) through every path
e = bytearray()
print(bytes(e), e + e, e * 3, e.upper(), e.split(), e == b"", b"" in e, e.decode(), str(e, "ascii"), e.hex())
e[:] = b""
del e[:]
e += e
e *= 2
e.reverse()
e.extend(b"")
e.extend(e)
print(e, e.copy(), e[::-1], e[::2], list(e), e.strip(), b"".join([e, e]), bytearray(b"x").join([e]))
e.clear()
e.clear()
print(e, len(e), e.find(b""), e.count(b""), e.replace(b"", b"a"))
