# walrus inside a comprehension binds in the enclosing scope
data = [1, 5, 3, 8, 2]
big = [y for x in data if (y := x * 10) > 25]
print(big, y)
print([x if x > 2 else -x for x in data])
running = 0
print([running := running + x for x in data], running)
