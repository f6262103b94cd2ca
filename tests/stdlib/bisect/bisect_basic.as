# bisect_left/bisect_right (and the bisect alias) with lo, hi.
import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 2, 5, 7))
print(bisect.bisect_left(a, 2, hi=None), bisect.bisect_right(a, 2, lo=1, hi=-1), bisect.bisect([], 1))
print(bisect.bisect_right(a, 100, 3, 2), bisect.bisect_left(a, 2, 10))
print(bisect.bisect_left('aceg', 'd'), bisect.bisect_right((1.5, 2.5), 2), bisect.bisect(range(0, 100, 10), 35))
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)

def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

class Index:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
print(bisect.bisect_left(a, 8, Index(1), Index(3)), bisect.bisect(a, 0, lo=Index(0), hi=Index(7)))
