# := binds inside expressions, in while loops and comprehensions
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
items = list(data)
while (x := items.pop()) != 1:
    print("popped", x)
print("stopped at", x, items)
print([y for v in data if (y := v * 2) > 6])
print(y)
