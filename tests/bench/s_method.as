# s_method: objects, method calls, attribute reads and writes.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Walker:
    def __init__(self):
        self.steps = 0
        self.pos = Point(0, 0)

    def step(self, i):
        self.pos = self.pos.moved(i % 3 - 1, i % 5 - 2)
        self.steps += 1
        return self.pos.norm1()


def run(n):
    w = Walker()
    acc = 0
    for i in range(n):
        acc = (acc + w.step(i)) % 1000003
    return acc + w.steps


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
print('s_method', n, run(n))
