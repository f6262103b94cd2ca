# SyntaxError: unmatched ')'; nothing runs
print("must not appear")
x = (1 + 2))
