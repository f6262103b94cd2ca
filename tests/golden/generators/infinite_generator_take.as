# infinite generators consumed with a manual take loop
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out
print(take(5, naturals()))
print(take(15, fib()))
print(take(3, (x for x in naturals() if x % 7 == 3)))
g = fib()
for _ in range(100):
    v = next(g)
print(v)
