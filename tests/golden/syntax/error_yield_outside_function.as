# SyntaxError: 'yield' outside function
print("must not appear")
yield 1
