# generator expressions as sole call arguments need no extra parentheses
words = ["alpha", "beta", "gamma"]
print(sum(len(w) for w in words), any(w.startswith("b") for w in words), all(len(w) > 4 for w in words))
print(", ".join(w.upper() for w in words), sorted((w[::-1] for w in words), key=len))
print(dict((w, len(w)) for w in words), tuple(i for i in range(3)))
