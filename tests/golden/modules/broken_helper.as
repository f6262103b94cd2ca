# conform: skip -- helper that fails while being imported
print("broken_helper starts")
value = 1 / 0
