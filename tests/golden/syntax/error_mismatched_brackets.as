# SyntaxError: closing parenthesis ']' does not match opening parenthesis '('
print("must not appear")
x = (1, 2]
