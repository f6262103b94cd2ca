# operator.matmul and operator.imatmul call __matmul__ / __imatmul__.
import operator


class Mat:
    def __init__(self, rows):
        self.rows = rows

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Mat([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __repr__(self):
        return f'Mat({self.rows})'


class Acc:
    def __init__(self):
        self.log = []

    def __imatmul__(self, other):
        self.log.append(other)
        return self


a = Mat([[1, 2], [3, 4]])
b = Mat([[0, 1], [1, 0]])
print(operator.matmul(a, b))
print(operator.matmul(a, b).rows == (a @ b).rows)
print(operator.imatmul(a, b))
acc = Acc()
same = operator.imatmul(acc, 5)
print(same is acc, acc.log)
try:
    operator.matmul(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    operator.imatmul([1], [2])
except TypeError as e:
    print('TypeError', e)
