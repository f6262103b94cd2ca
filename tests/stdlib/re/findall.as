import re

print(re.findall(r'\d+', 'a1b22c333'))
print(re.findall(r'(\w)=(\d)', 'a=1, b=2, c'))
print(re.findall(r'(\w)=(\d)?', 'a=1, b=, c'))
print(re.findall(r'(a)|b', 'ab'))
print(re.findall('', 'abc'))
print(re.findall('x*', 'axxb'))
print(re.findall(r'\b', 'ab cd'))
print(re.compile('a').findall('aaaa', 1, 3))
print(re.findall(b'[a-c]+', b'xxabcyyca'))
print(re.findall('(?:ab)+', 'ababxab'))
