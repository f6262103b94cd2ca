# a million short-lived objects and a large list of ints
# gc-stress: skip -- too slow when the collector runs at every allocation
total = 0
for i in range(1_000_000):
    p = (i, [i])
    total += p[1][0]
print(total)
big = list(range(1_000_000))
print(len(big), sum(big), big[-1], big[500000])
d = {i: str(i) for i in range(200_000)}
print(len(d), d[199_999], sum(len(v) for v in d.values()))
