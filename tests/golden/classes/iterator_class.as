# __iter__ returning self and __next__ raising StopIteration
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
print(sum(Countdown(100)))
