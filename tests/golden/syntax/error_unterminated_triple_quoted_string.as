# SyntaxError: unterminated triple-quoted string literal; nothing runs
print("must not appear")
s = """abc
def
