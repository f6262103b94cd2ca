# a failing assert with a message
x = 3
assert x > 5, f"x is too small: {x}"
