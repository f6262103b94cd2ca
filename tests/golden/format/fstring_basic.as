# f-strings evaluate expressions, call functions, index and attribute access
name = "Ada"
items = [10, 20, 30]
class P:
    x = 3
print(f"hello {name}!", f"{1 + 2}", f"{items[1]}", f"{P.x * 2}", f"{name.upper()}")
print(f"{{literal braces}}", f"{'quoted'}", f"{len(items)} items")
print(f"{name!r} {name!s} {'é'!a}")
print(f"{items}", f"{None}", f"{True}")
