# methods bind self; bound methods can be stored and called later
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self.n
c = Counter()
f = c.inc
f(); f()
print(c.n, Counter.inc(c), f.__self__ is c, f.__func__ is Counter.inc)
print(c.inc == c.inc)
