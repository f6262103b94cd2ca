import re

print(re.fullmatch('a|ab', 'ab'))
print(re.fullmatch('a+', 'aab'), re.fullmatch('a+', 'aaa'))
p = re.compile('o[gh]')
print(p.fullmatch('dog'), p.fullmatch('ogre'), p.fullmatch('doggie', 1, 3))
print(re.fullmatch(r'(\d+)\.(\d+)', '3.14').groups())
print(re.fullmatch('', ''), re.fullmatch('x*', ''))
