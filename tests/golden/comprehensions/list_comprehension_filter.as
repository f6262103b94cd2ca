# list comprehensions with conditions and expressions
nums = range(10)
print([n * n for n in nums if n % 2 == 0])
print([(n, "even" if n % 2 == 0 else "odd") for n in range(4)])
print([c.upper() for c in "hello" if c not in "l"])
print([x for x in []], [[] for _ in range(2)])
