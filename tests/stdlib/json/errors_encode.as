import json

for obj in [{1, 2}, [1, {2}], {'a': object}, b'bytes', range(2)]:
    try:
        json.dumps(obj)
    except TypeError as e:
        print('TypeError:', e)
for obj in [{(1, 2): 3}, {b'k': 1}]:
    try:
        json.dumps(obj)
    except TypeError as e:
        print('TypeError:', e)
print(json.dumps({(1, 2): 3, 'a': 1, b'k': 2}, skipkeys=True))
for obj in [float('nan'), [float('inf')], {'a': float('-inf')}, {float('nan'): 1}]:
    try:
        json.dumps(obj, allow_nan=False)
    except ValueError as e:
        print('ValueError:', e)
a = []
a.append(a)
d = {}
d['self'] = d
for obj in [a, d, [a]]:
    try:
        json.dumps(obj)
    except ValueError as e:
        print('ValueError:', e)
try:
    json.dumps(a, check_circular=False)
except RecursionError as e:
    print('RecursionError:', e)
try:
    json.dumps({1: 1, 'a': 2}, sort_keys=True)
except TypeError as e:
    print('TypeError:', e)
