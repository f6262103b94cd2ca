# object() instances have no __dict__ and cannot get attributes
o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(o == o, o != object(), type(o).__name__, isinstance(o, object), str(o).startswith("<object object at 0x"))
