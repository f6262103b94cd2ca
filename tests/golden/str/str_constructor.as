# str() of various objects, and str of str subclasses
print(str(), str(12), str(1.5), str(None), str([1, "a"]), str((1,)), str({"k": "v"}))
print(str(b"hi"), str(b"hi", "utf-8"), str(True))
