# s_str: build, split, join, search and format strings.
import sys


def work(n):
    parts = []
    for i in range(n):
        parts.append(f'item{i}:{i * 3}')
    text = ','.join(parts)
    fields = text.split(',')
    hits = 0
    for f in fields:
        if f.endswith('7') or '99' in f:
            hits += 1
    upper = text.upper()
    return len(text) + hits + upper.count('ITEM1') + len('%d-%s' % (n, fields[-1]))


n = int(sys.argv[1]) if len(sys.argv) > 1 else 300000
print('s_str', n, work(n))
