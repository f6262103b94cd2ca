# numeric hashes are deterministic: equal numbers hash equal
print(hash(1) == hash(1.0) == hash(True))
print(hash(-1), hash(-2), hash(0), hash(42))
print(hash(2**61 - 1), hash(2**61), hash(2**100))
print(hash(0.5), hash(-0.5), hash(1.5))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
