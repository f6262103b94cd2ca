# SyntaxError at compile time: nothing runs, not even the first print
print("must not appear")
return 5
