# s_dict: insert, look up and delete int and str keys.
import sys


def churn(n):
    d = {}
    for i in range(n):
        d[i] = i * 2
    names = {}
    for i in range(n // 4):
        names['k' + str(i)] = i
    total = 0
    for i in range(n):
        total += d[i]
    for i in range(n // 4):
        total += names['k' + str(i)]
    for i in range(0, n, 2):
        del d[i]
    return total + len(d) + len(names)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
print('s_dict', n, churn(n))
