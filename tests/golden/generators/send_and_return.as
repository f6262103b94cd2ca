# send() resumes with a value; return sets StopIteration.value
def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
g = accumulator()
print(next(g), g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
h = accumulator()
try:
    h.send(1)
except TypeError as e:
    print("TypeError:", e)
