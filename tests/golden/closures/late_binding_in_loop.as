# closures capture variables, not values: all see the final loop value
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
hs = []
for j in range(3):
    hs.append(lambda: j)
j = 100
print([h() for h in hs])
