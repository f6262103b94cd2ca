# SyntaxError: nonlocal declaration not allowed at module level
print("must not appear")
nonlocal x
