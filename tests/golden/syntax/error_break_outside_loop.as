# SyntaxError: 'break' outside loop; nothing runs
print("must not appear")
def f():
    break
