# SyntaxError: '[' was never closed; nothing runs
print("must not appear")
x = [1, 2, 3
y = 4
