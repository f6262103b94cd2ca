# names in a class body are not visible to methods as free variables
y = "module y"
class C:
    y = "class y"
    def m(self):
        return y
    z = [y for _ in range(1)]
print(C().m(), C.y, C.z)
