from collections import defaultdict

d = defaultdict(list)
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    d[word[0]].append(word)
print(d)
print(d['z'], len(d), 'z' in d, 'q' in d)
print(d.get('q'), 'q' in d)
print(d.default_factory)

counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, sorted(counts.items()))

# No factory: a missing key raises KeyError like a plain dict.
plain = defaultdict()
print(plain, plain.default_factory)
try:
    plain['x']
except KeyError as e:
    print('KeyError', e)

# Keyword and positional initial contents.
e = defaultdict(set, {'a': {1}}, b={2})
print(e, e == {'a': {1}, 'b': {2}}, isinstance(e, dict))

# default_factory may be changed later.
e.default_factory = lambda: 'new'
print(e['c'], e)

c = e.copy()
print(type(c).__name__, c == e, c is e, c.default_factory is e.default_factory)
print(defaultdict(int, {'a': 1}) | {'b': 2})
print({'z': 0} | defaultdict(int, {'a': 1}))
x = defaultdict(int)
x |= {'k': 3}
print(x)

class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)

t = Tree()
t['a']['b']['c'] = 1
print(t['a']['b']['c'], type(t['a']).__name__, len(t))

try:
    defaultdict(5)
except TypeError as err:
    print('TypeError:', err)
print(d.pop('a'), d.setdefault('n', 7), d['n'])
