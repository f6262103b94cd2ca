# SyntaxError: unterminated string literal; nothing runs
print("must not appear")
s = "abc
print(s)
