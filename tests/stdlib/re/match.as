import re

print(re.match('ab', 'abc'), re.match('bc', 'abc'))
print(re.match(r'\d+', '123abc').group())
p = re.compile('o')
print(p.match('dog'), p.match('dog', 1), p.match('dog', 1, 1))
print(re.match('', ''))
print(re.match('(a)|b', 'b').groups())
print(re.match(b'a.', b'ab\x00'))
