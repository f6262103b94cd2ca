# split with and without separators, maxsplit, rsplit, join
print("a b  c\t\nd ".split())
print("a,b,,c".split(","))
print("a,b,,c".split(",", 1))
print("a,b,,c".rsplit(",", 1))
print("  lead and trail  ".split(" "))
print("".split(), "".split(","))
print("-".join(["x", "y", "z"]), "".join([]), ", ".join("abc"))
print("line1\nline2\r\nline3\n".splitlines())
print("line1\nline2\n".splitlines(True))
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
