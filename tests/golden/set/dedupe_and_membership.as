# sets remove duplicates by equality and hash, with 1 == 1.0 == True
s = set([1, 1.0, True, 2, 2])
print(s, len(s))
print(3 in {1, 2, 3}, 4 in {1, 2, 3}, len(set("mississippi")))
print(sorted(set([5, 3, 5, 1, 3])))
