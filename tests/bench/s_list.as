# s_list: append, index, slice, sort and comprehensions over lists.
import sys


def run(n):
    xs = []
    for i in range(n):
        xs.append((i * 7919) % 10007)
    evens = [x for x in xs if x % 2 == 0]
    xs.sort()
    total = 0
    for i in range(0, len(xs), 3):
        total += xs[i]
    chunk = xs[n // 4: n // 2]
    chunk.reverse()
    return total + len(evens) + chunk[0] + sum(chunk[:100])


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
print('s_list', n, run(n))
