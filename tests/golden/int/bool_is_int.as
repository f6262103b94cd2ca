# bool is a subclass of int: arithmetic, indexing and summing
print(True + True, True * 10, False - 1, True / 2)
print(isinstance(True, int), issubclass(bool, int), type(True + 1).__name__)
print(["a", "b"][True], sum([True, False, True]))
print(True == 1, False == 0, True == 1 == 1.0)
print(int(True), str(True), repr(False), bool(2), bool(0))
print(True & False, True | False, True ^ True, -True)
