# a dict with many int keys keeps order through resizes and deletions
d = {}
for i in range(1000):
    d[i * 7919 % 1000] = i
print(len(d), list(d)[:8], d[0], d[999])
for i in range(0, 1000, 2):
    del d[i]
print(len(d), list(d)[:8], sum(d.values()))
