# hash(x) is what x.__hash__() returns when that fits in 64 bits
# (-1 becomes -2); a bigger int is reduced as hash() reduces ints.
class H:
    def __init__(self, value):
        self.value = value
    def __hash__(self):
        return self.value

for value in (0, 5, -1, -2, 2**40, 2**62, -2**63, 2**63, 2**100, True):
    print(value, hash(H(value)), hash(H(value)) == hash(value))
print(hash(H(hash((1, 2)))) == hash((1, 2)))
