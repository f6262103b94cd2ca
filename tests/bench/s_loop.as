# s_loop: a tight while loop over locals.
import sys


def count(n):
    total = 0
    i = 0
    while i < n:
        total += i & 255
        i += 1
    return total


n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000000
print('s_loop', n, count(n))
