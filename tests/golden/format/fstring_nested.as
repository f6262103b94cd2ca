# nested format specs and nested f-strings
width, prec = 10, 3
value = 3.14159265
print(f"[{value:{width}.{prec}f}]")
print(f"[{value:>{width}}]")
print(f"{f'{1 + 1}'}!", f"{'x' if width > 5 else 'y'}")
align = "^"
print(f"[{'mid':{align}{width}}]")
print(f"{', '.join(f'{n:02d}' for n in range(3))}")
