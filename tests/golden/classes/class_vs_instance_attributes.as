# class attributes are shared until an instance assignment shadows them
class C:
    shared = []
    n = 0
c1, c2 = C(), C()
c1.shared.append("x")
c1.n = 5
print(c2.shared, c1.n, c2.n, C.n)
C.n = 10
print(c1.n, c2.n)
del c1.n
print(c1.n, "n" in c1.__dict__, "n" in C.__dict__)
