# finally runs before the uncaught exception leaves the program
try:
    print("working")
    raise LookupError("nothing found")
finally:
    print("cleanup done")
