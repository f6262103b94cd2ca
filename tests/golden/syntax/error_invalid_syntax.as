# SyntaxError: invalid syntax (two expressions side by side)
print("must not appear")
x = 1 2 3
