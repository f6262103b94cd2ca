# annotations do not change behaviour; a bare annotation does not bind the name
def f(x: int, y: "str" = "d") -> list:
    return [x, y]
print(f("not an int"), f(1.5, y=2))
count: int = 5
label: str
print(count)
try:
    print(label)
except NameError as e:
    print("NameError:", e)
class C:
    field: int = 3
    other: str
print(C.field, hasattr(C, "other"))
