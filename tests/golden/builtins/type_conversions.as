# int/float/str/bool/list/tuple/dict/set constructors on various inputs
print(int(), float(), str(), bool(), list(), tuple(), dict(), set())
print(int("12"), int(12.9), float("1.5"), float(3), str(4.0), str([1]), bool("False"), bool(0.0))
print(list({"a": 1}), tuple([1]), dict([(1, 2)]), set([1, 1]), list(b"ab"))
print(bool([]), bool([[]]), bool(None), bool(...))
