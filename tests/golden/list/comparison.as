# lists compare lexicographically element by element
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9, 9])
print([1, 2] == [1, 2], [1, 2] == (1, 2), [1, [2]] == [1, [2]])
print(max([[1, 2], [1, 3], [0, 9]]))
