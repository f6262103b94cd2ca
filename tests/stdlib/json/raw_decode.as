import json
d = json.JSONDecoder()
for idx in [-1, 10, 'x', 2**70, True, 3]:
    try:
        print(d.raw_decode('[1, 2]', idx))
    except Exception as e:
        print(type(e).__name__, e)
