# Large deques: growth and shrinkage of the ring, checked against a list.
# gc-stress: skip
# (deque_ring.as runs the same paths at a size the collector can stress)
from collections import deque

N = 100000
d = deque()
for i in range(N):
    d.append(i)
print(len(d), d[0], d[-1], d[N // 2])
for i in range(N):
    d.appendleft(-i - 1)
print(len(d), d[0], d[-1], sum(d))
total = 0
while len(d) > 10:
    total += d.pop()
    total += d.popleft()
print(len(d), d, total)
while d:
    d.pop()
print(d, len(d))

# a queue that never holds many items but turns over many
q = deque()
s = 0
for i in range(N):
    q.append(i)
    if i % 3 == 2:
        s += q.popleft() + q.popleft()
print(len(q), s, q[0], q[-1])

# bounded: a sliding window
w = deque(maxlen=1000)
for i in range(N):
    w.append(i)
print(len(w), w[0], w[-1], sum(w))
w.extendleft(range(N))
print(len(w), w[0], w[-1])

# big construction, rotate, reverse, index, copy, compare
d = deque(range(N))
d.rotate(N // 3)
print(d[0], d[-1], d.index(0))
d.rotate(-N // 3 - 5)
print(d[0], d[-1])
d.reverse()
print(d[0], d[-1], d.count(7), 123 in d, -1 in d)
c = d.copy()
print(c == d, c is d, len(c))
c.append(0)
print(c == d, c > d, d < c)
print(len(d * 3), len(deque(range(10)) * N), (deque([1, 2]) * N).count(2))
e = deque(range(N))
e += range(N)
print(len(e), e[N], e[-1])
for i in range(2000):
    del e[len(e) // 2 + i % 7 - 3]
while len(e) > 3:
    e.pop()
print(e, e[1], e[-2])

# random mix against a list model
seed = 12345
def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n

d = deque()
model = []
for step in range(60000):
    op = rand(10)
    if op < 3:
        d.append(step)
        model.append(step)
    elif op < 5:
        d.appendleft(step)
        model.insert(0, step)
    elif op == 5 and model:
        assert d.pop() == model.pop()
    elif op == 6 and model:
        assert d.popleft() == model.pop(0)
    elif op == 7 and model:
        i = rand(len(model))
        assert d[i] == model[i]
        d[i] = -step
        model[i] = -step
    elif op == 8 and model:
        i = rand(len(model) + 1)
        d.insert(i, step)
        model.insert(i, step)
    elif op == 9 and len(model) > 1:
        n = rand(2 * len(model)) - len(model)
        d.rotate(n)
        n %= len(model)
        model = model[-n:] + model[:-n] if n else model
    if step % 5000 == 0 and list(d) != model:
        print('mismatch at', step)
print(len(d), list(d) == model, list(reversed(d)) == model[::-1])
