# Generators delegating to new generators of themselves without end
# (yield from, or a for loop over one) raise RecursionError.
def down(n):
    yield n
    yield from down(n + 1)

def down_for(n):
    for x in down_for(n + 1):
        yield x

def depth(n):
    if n:
        yield from depth(n - 1)
    yield n

def count(gen):
    n = 0
    try:
        for _ in gen:
            n += 1
    except RecursionError as e:
        print("RecursionError:", e)
    return n

print(count(down(0)) > 900)
count(down_for(0))
print(list(depth(300))[:3], len(list(depth(300))))

# The generator that hit the limit is finished; a new one runs again.
g = down(0)
count(g)
print(next(g, "exhausted"))
print(next(down(7)))
