# comprehension variables do not leak; outer names are visible
x = "outer x"
squares = [x * x for x in range(4)]
print(x, squares)
factor = 3
print([i * factor for i in range(3)])
def f():
    k = 10
    return [k + i for i in range(2)]
print(f())
try:
    [undefined_in_comp for _ in range(1)]
except NameError as e:
    print("NameError:", e)
