# str/repr of ints, negative zero does not exist, leading zeros dropped
print(str(-0), repr(-5), str(7), int("-000123"))
print(-2**63, -(2**64 + 5))
print([1, -2, 10**20])
