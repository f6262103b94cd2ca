# count/index, concatenation, repetition, comparison, membership
t = (3, 1, 4, 1, 5)
print(t.count(1), t.index(4), t + (9, 2), t * 2, (0,) * 3)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2))
print(4 in t, 7 not in t, t[1:3], t[::-1], min(t), max(t), sum(t))
