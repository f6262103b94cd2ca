# list() from iterables; len; truthiness
print(list(), list("ab"), list(range(3)), list((1, 2)), list({"a": 1, "b": 2}), list(x * x for x in range(4)))
print(len([]), len([None] * 7), bool([]), bool([0]))
