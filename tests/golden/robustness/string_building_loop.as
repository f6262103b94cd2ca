# building a long string by += in a loop and by join
# gc-stress: skip (100000 allocations, each a full collection under stress)
s = ""
for i in range(100_000):
    s += "x"
print(len(s))
parts = [str(i % 10) for i in range(200_000)]
joined = "".join(parts)
print(len(joined), joined[:12], joined.count("7"))
