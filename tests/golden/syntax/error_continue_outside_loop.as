# SyntaxError: 'continue' not properly in loop; nothing runs
print("must not appear")
continue
