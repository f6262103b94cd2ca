import json

deep = '[' * 5000 + ']' * 5000
try:
    json.loads(deep)
except RecursionError as e:
    print('RecursionError:', e)
try:
    json.loads('{"a":' * 5000 + '1' + '}' * 5000)
except RecursionError as e:
    print('RecursionError:', e)
x = []
for i in range(5000):
    x = [x]
try:
    json.dumps(x)
except RecursionError as e:
    print('RecursionError:', e)
y = {}
for i in range(5000):
    y = {'k': y}
try:
    json.dumps(y)
except RecursionError as e:
    print('RecursionError:', e)
ok = json.loads('[' * 500 + ']' * 500)
depth = 0
while ok:
    ok = ok[0]
    depth += 1
print(depth)
print(len(json.dumps(json.loads('[' * 500 + ']' * 500))))
