import re

print(re.findall('(?i)ab', 'AB ab Ab'))
print(re.findall('(?m)^x', 'x\nx'))
print(re.findall('(?s)a.b', 'a\nb'))
print(re.findall('(?x) a b  # comment', 'ab'))
print(re.findall('(?i:a)b', 'ab Ab AB'))
print(re.findall('(?-i:a)b', 'ab Ab AB', re.I))
print(re.findall('a(?x: b c )d', 'abcd'))
print(re.findall('(?a)\\w+', 'é1'))
print(re.compile('(?imsx)a').flags)
for bad in ['a(?i)', '(?z)', '(?L)a', '(?i-:a)', '(?-a:x)', '(?i']:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), '->', e)
for bad in ['(?au)x', '(?i-i:a)', '(?i-q:a)', '(?-', '(?-:a)', '(?i=a)', '(?ix', '(?-i', '(?-i)']:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), '->', e)
try:
    re.compile(b'(?u)x')
except re.error as e:
    print(e)
