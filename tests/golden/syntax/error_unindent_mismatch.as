# IndentationError: unindent does not match any outer indentation level
print("must not appear")
if True:
        x = 1
    y = 2
