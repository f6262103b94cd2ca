# breaking out of nested loops with a flag and with for/else
grid = [[1, 2, 3], [4, 42, 6], [7, 8, 9]]
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == 42:
            break
    else:
        continue
    break
print("found at", r, c)
