# multi-byte characters in identifiers-free code: long mixed-width strings
s = "aé☃😀" * 25000
print(len(s), len(s.encode("utf-8")), s[99999], s[-3:], s.count("😀"), s.index("😀", 50000))
print(s[::25000][:4], s.upper()[:8])
