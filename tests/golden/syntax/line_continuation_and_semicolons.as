# backslash continuation, implicit continuation in brackets, ; separators
total = 1 + \
    2 + \
    3
print(total)
values = [
    1,
    2,  # comment inside brackets
    3,
]
print(values)
a = 1; b = 2; print(a + b)
if a: print("inline if body"); print("second")
def f(x,
      y):
    return (x
            * y)
print(f(3, 4))
