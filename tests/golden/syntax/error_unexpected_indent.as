# IndentationError: unexpected indent; nothing runs
print("must not appear")
x = 1
    y = 2
