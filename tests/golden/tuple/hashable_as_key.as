# tuples of hashables are dict keys; tuples with lists are unhashable
grid = {(0, 0): "origin", (1, 2): "p"}
print(grid[(1, 2)], grid[0, 0], (0, 0) in grid)
try:
    {([1], 2): 3}
except TypeError as e:
    print("TypeError:", e)
