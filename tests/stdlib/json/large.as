# gc-stress: skip
import json

doc = {'items': [{'id': i, 'name': 'item %d ü' % i, 'price': i * 1.25, 'tags': ['a', 'b', str(i)],
                  'ok': i % 2 == 0, 'none': None} for i in range(8000)]}
text = json.dumps(doc)
print(len(text) > 1000000, len(text))
back = json.loads(text)
print(back == doc, back['items'][7999])
pretty = json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False)
print(len(pretty), json.loads(pretty) == doc)
big = json.dumps(['x' * 1000000])
print(len(json.loads(big)[0]))
nums = json.loads('[' + ','.join([str(i) for i in range(200000)]) + ']')
print(len(nums), sum(nums))
