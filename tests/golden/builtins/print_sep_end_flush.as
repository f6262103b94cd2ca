# print() with sep, end, no arguments, None separators and flush
print("a", "b", "c")
print("a", "b", "c", sep="-")
print("x", end="")
print("y", end="!\n")
print()
print("p", "q", sep="", end="\n\n")
print(1, 2, sep=None, end=None)
print("flushed", flush=True)
print(*[1, 2, 3], sep=", ")
print(*[])
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
