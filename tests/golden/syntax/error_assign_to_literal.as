# SyntaxError: cannot assign to literal; nothing runs
print("must not appear")
1 = x
