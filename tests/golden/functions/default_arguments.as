# defaults are evaluated once, at definition time
counter = 10
def f(a, b=2, c=counter):
    return a, b, c
counter = 99
print(f(1), f(1, 3), f(1, c=5), f(a=0))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []))
def safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe(1), safe(2))
print(f.__defaults__)
