# multiple for clauses nest left to right; comprehensions inside comprehensions
print([(a, b) for a in range(3) for b in range(a)])
print([x for row in [[1, 2], [3], []] for x in row])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([a + b for a in "ab" if a != "z" for b in "xy" if b != "x"])
