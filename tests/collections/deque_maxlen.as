# A bounded deque drops items from the other end on every adding method.
from collections import deque

def show(label, d):
    print(label, d, len(d), d.maxlen)

d = deque(maxlen=3)
for i in range(5):
    d.append(i)
    show('append', d)
for i in range(5, 8):
    d.appendleft(i)
    show('appendleft', d)
d.extend([10, 11])
show('extend', d)
d.extend(range(100))
show('extend long', d)
d.extendleft([20, 21])
show('extendleft', d)
d.extendleft(range(100))
show('extendleft long', d)
d.extend(d)
show('extend self', d)
d.extendleft(d)
show('extendleft self', d)

d = deque([1, 2, 3], maxlen=3)
try:
    d.insert(1, 'x')
except IndexError as e:
    print('IndexError', e)
d.pop()
d.insert(1, 'x')
show('insert', d)

d = deque(range(10), maxlen=4)
show('init', d)
show('copy', d.copy())
show('add', d + deque([100, 101]))
show('add unbounded right', deque([1, 2]) + d)
show('mul', d * 2)
show('rmul', 3 * deque([1, 2], maxlen=5))
show('mul 0', d * 0)
show('mul -1', d * -1)
show('mul 1', d * 1)
e = deque([1, 2, 3], maxlen=5)
e *= 3
show('imul', e)
e = deque([7], maxlen=4)
e *= 10
show('imul single', e)
e = deque([1, 2], maxlen=3)
e += [3, 4, 5]
show('iadd', e)
e += deque('ab')
show('iadd deque', e)

# maxlen=0 keeps nothing but still walks its argument
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
z.extend([3, 4])
z.extendleft(iter([5]))
show('zero', z)
def gen():
    for i in range(3):
        print('gen', i)
        yield i
z.extend(gen())
show('zero gen', z)
try:
    z.extend(5)
except TypeError as e:
    print('TypeError', e)
print(deque([1, 2, 3], 0), deque('abc', maxlen=1), deque('abc', maxlen=10))

# the maxlen form of repr and __init__ resetting it
d = deque([1], maxlen=2)
d.__init__([1, 2, 3])
show('reinit', d)
d.__init__([1, 2, 3], 2)
show('reinit bounded', d)
