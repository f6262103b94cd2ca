# changing a dict's size while iterating raises RuntimeError
d = {1: "a", 2: "b"}
try:
    for k in d:
        d[k + 10] = "new"
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: "a", 2: "b"}
for k in d:
    d[k] = "changed value is fine"
print(d)
for k in list(d):
    del d[k]
print(d)
