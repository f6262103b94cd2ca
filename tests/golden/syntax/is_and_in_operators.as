# `is`, `is not`, `in`, `not in` on common types
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, not None)
print(2 in a, 3 in a, 3 not in a)
print("ell" in "hello", "" in "abc", "z" in "abc")
print(1 in {1: "x"}, "x" in {1: "x"})
print((1, 2) in [(1, 2), (3, 4)])
print(True is True, False is not True)
