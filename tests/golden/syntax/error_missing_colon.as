# SyntaxError: expected ':' after an if condition; nothing runs
print("must not appear")
if True
    print("x")
