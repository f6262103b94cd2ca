# [x] * n repeats references, so nested lists are shared
grid = [[0] * 3] * 2
grid[0][0] = 9
print(grid)
good = [[0] * 3 for _ in range(2)]
good[0][0] = 9
print(good)
print([1, 2] * 2, [0] * 0, 2 * ["a"], [] * 5)
