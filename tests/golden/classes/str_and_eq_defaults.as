# __ne__ defaults to the inverse of __eq__; reflected __eq__ is tried
class A:
    def __eq__(self, other):
        print("A.__eq__")
        return NotImplemented
class B:
    def __eq__(self, other):
        print("B.__eq__")
        return True
print(A() == B())
print(A() != B())
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
print(V(1) != V(1), V(1) != V(2))
