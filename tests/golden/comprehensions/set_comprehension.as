# set comprehensions deduplicate (small ints print in order)
print({n % 4 for n in range(20)}, {len(w) for w in ["a", "bb", "cc", "d"]})
print(sorted({c for c in "mississippi"}))
