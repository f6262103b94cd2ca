# a large string built by repetition (30 MB) and scanned
s = "abc" * 10_000_000
print(len(s), s[:7], s[-4:], s.count("ca"), s.find("cab", 1000000), s[15000000:15000004])
t = s.upper()
print(len(t), t[29999998:])
del s, t
b = b"\x00\xff" * 5_000_000
print(len(b), b[-2:], b.count(b"\xff"))
