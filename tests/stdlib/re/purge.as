import re

p = re.compile('abc')
print(re.compile('abc') is p)
re.purge()
q = re.compile('abc')
print(q == p, q.pattern)
for i in range(600):
    re.compile('x%d' % i)
print(re.match('x599', 'x599'))
