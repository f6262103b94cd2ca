# json.loads and random.seed take a bytearray as they take bytes.
import json, random
print(json.loads(bytearray(b'{"a": [1, 2.5, "x"]}')), json.loads(bytearray(b'\xef\xbb\xbf[1]')))
random.seed(bytearray(b'ab'))
print(random.random(), random.randint(1, 100))
random.seed(b'ab')
print(random.random())
