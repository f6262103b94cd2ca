# IndentationError: expected an indented block after 'if' statement
print("must not appear")
if True:
print("body")
