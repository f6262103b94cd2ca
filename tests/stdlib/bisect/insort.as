# insort_left/insort_right keep a list sorted; equal items go before or
# after the ones already there.  Any sequence with insert() works.
import bisect

a = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(a, x)
print(a)
b = [1.0, 2.0, 3.0]
bisect.insort_left(b, 2)
bisect.insort_right(b, 2)
print(b, [type(v).__name__ for v in b])
c = [1, 2, 3, 4, 5]
bisect.insort(c, 10, 0, 2)
bisect.insort_left(c, 0, lo=3)
print(c)

class Seq:
    def __init__(self):
        self.items = [1, 3]
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def insert(self, i, x):
        print('insert', i, x)
        self.items.insert(i, x)
s = Seq()
bisect.insort(s, 2)
print(s.items)

class Ver:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return 'Ver(%d)' % self.v
vs = [Ver(1), Ver(3)]
bisect.insort(vs, Ver(2))
print(vs, bisect.bisect_left(vs, Ver(3)))
