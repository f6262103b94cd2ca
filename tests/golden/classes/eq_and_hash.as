# __eq__ and __hash__ make instances usable as dict keys and set members
class Key:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __hash__(self):
        return hash(self.v)
    def __repr__(self):
        return f"Key({self.v})"
a, b = Key(1), Key(1)
print(a == b, a is b, a != b, len({a, b}), {a: "x"}[b])
print(Key(1) == 1, Key(2) in [Key(1), Key(2)])
class EqOnly:
    def __eq__(self, other):
        return True
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
print(EqOnly.__hash__)
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain(), hash(p) == hash(p))
