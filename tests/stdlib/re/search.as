import re

print(re.search('b+', 'abbbc'))
print(re.search('x', 'abc'))
p = re.compile('^d')
print(p.search('dog', 1), p.search('dog', 0))
p = re.compile('g$')
print(p.search('dog', 0, 2), p.search('dog', 0, 3))
print(re.compile('a').search('xxa', -5), re.compile('a').search('xxa', 5))
print(re.compile('a').search('aaa', 2, 1))
print(re.search('$', 'abc\n'), re.search(r'\Z', 'abc\n'), re.search(r'\Aab', 'ab'))
print(re.search(r'\bfoo\b', 'a foo b'), re.search(r'\Bo', 'foo'))
m = re.compile('b').search('abc', 1, 2)
print(m.pos, m.endpos, m.string, m.re)
