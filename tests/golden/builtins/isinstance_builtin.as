# isinstance with builtin types and abstract relationships
print(isinstance(1, int), isinstance(1.0, int), isinstance(1, (float, int)), isinstance(True, int), isinstance(None, type(None)))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance("", str), isinstance(b"", bytes))
print(isinstance(int, object), isinstance(object, type), isinstance(type, object))
