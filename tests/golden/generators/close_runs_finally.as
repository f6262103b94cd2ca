# close() raises GeneratorExit at the yield so finally blocks run
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = gen()
print(next(g))
g.close()
print(next(g, "after close"))
g.close()
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
unstarted = gen()
unstarted.close()
print("closing an unstarted generator runs nothing")
