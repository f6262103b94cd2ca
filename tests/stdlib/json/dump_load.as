import json

class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

class Reader:
    def __init__(self, text):
        self.text = text
    def read(self):
        return self.text

w = Writer()
json.dump({'a': [1, 2, {'b': None}]}, w, indent=1, sort_keys=True)
text = ''.join(w.parts)
print(text)
print(json.load(Reader(text)))
print(json.load(Reader('[1.25]'), parse_float=str))
w = Writer()
json.dump('é', w, ensure_ascii=False)
print(w.parts)
