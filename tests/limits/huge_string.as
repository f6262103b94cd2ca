# valgrind: skip -- hundreds of megabytes through valgrind take minutes
# timeout: 60 -- a few seconds alone, much longer on a loaded machine
# A 100 MB string built and operated on: len, slicing, find, count,
# replace, split and join, encode, concatenation, comparison.
MB = 1024 * 1024
s = "0123456789" * (10 * MB) + "end"
print(len(s))
print(s[:12], s[-6:], len(s[1000:2000]), len(s[::1000]), s[50 * MB:50 * MB + 5])
print(s.find("end"), s.find("09"), s.rfind("90"), "end" in s, s.find("x"))
print(s.count("end"), s.startswith("0123"), s.endswith("end"))
r = s.replace("end", "END")
print(len(r), r[-5:], r == s)
r = None
parts = s.split("end")
print(len(parts), len(parts[0]), parts[1] == "")
j = "end".join(parts)
print(len(j), j == s)
parts = j = None
b = s.encode()
print(len(b), b[-3:], b.decode() == s)
b = None
t = s + "!"
print(len(t), t[-4:], t[:-1] == s, t > s)
t = None
u = "\u00e9" * (50 * MB)
print(len(u), len(u.encode("utf-8")), u[-1] == "\u00e9")
