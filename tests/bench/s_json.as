# s_json: json.dumps then json.loads of a record of 20 fields, N times.
import json
import sys


def work(n):
    record = {'id': 1, 'name': 'item ü', 'price': 12.5, 'tags': ['a', 'b', 'c'], 'ok': True,
              'none': None, 'nested': {'x': 1, 'y': [1, 2, 3]}}
    for k in range(13):
        record['f%d' % k] = k * 1.5
    total = 0
    for i in range(n):
        record['id'] = i
        text = json.dumps(record)
        total += len(text) + json.loads(text)['id']
    return total


n = 30000
if len(sys.argv) > 1:
    n = int(sys.argv[1])
print(f"s_json n={n} total={work(n)}")
