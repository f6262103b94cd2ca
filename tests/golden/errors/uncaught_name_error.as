# an undefined name: NameError, exit status 1, earlier output kept
print("start")
print(totally_undefined_variable)
print("not reached")
