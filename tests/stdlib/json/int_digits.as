import json

# Integers longer than the int digit limit are refused both ways.
s = '1' * 5000
for f in [lambda: int(s), lambda: json.loads(s), lambda: json.dumps(10 ** 5000), lambda: str(10**5000), lambda: json.loads('[' + s + ']')]:
    try:
        r = f()
        print('ok', len(str(r)) if not isinstance(r, str) else len(r))
    except ValueError as e:
        print('ValueError:', e)
print(len(json.dumps(10 ** 4299)), json.loads('9' * 4300) == 10 ** 4300 - 1)
