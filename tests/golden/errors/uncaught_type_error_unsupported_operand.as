# adding incompatible types
print("before")
result = 1 + "one"
