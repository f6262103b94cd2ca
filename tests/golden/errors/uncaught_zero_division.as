# true division by zero
print("computing")
x = 10 / 0
