# __lt__ lets sorted/min/max order instances; reflected comparisons are used
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "0.9.9", "1.2.1"]]
print(sorted(vs), min(vs), max(vs))
print(Version("2.0") > Version("1.0"))
try:
    Version("1") <= Version("2")
except TypeError as e:
    print("TypeError:", e)
