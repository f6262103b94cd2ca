# repr of nested lists and a list that contains itself
a = [1, [2, [3, []]], "s", None]
print(a)
b = [1, 2]
b.append(b)
print(b)
c = [b, b]
print(c)
d = {"self": None}
d["self"] = d
print(d)
