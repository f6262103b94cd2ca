# if/elif/else picks the first true branch; truthiness of common values
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
print([classify(n) for n in (-5, 0, 3, 42)])
for v in (0, 0.0, "", [], {}, set(), None, (), range(0), 1, "0", [0], -1):
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
