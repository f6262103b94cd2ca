# find/rfind/index/rindex/count with ranges and missing substrings
s = "abracadabra"
print(s.find("bra"), s.rfind("bra"), s.find("bra", 2), s.find("zz"), s.find(""))
print(s.index("cad"), s.rindex("a"), s.count("a"), s.count("bra"), s.count(""))
print(s.find("a", 1, 3), s.count("a", 4))
try:
    s.index("zz")
except ValueError as e:
    print("ValueError:", e)
