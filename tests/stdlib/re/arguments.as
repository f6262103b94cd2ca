import re

print(re.sub('a', 'b', 'aaa', count=-1), re.subn('a', 'b', 'aaa', -5), re.split('a', 'bab', maxsplit=-2))
print(re.compile('a').search('aaa', endpos=True), re.compile('a').match('ba', pos=True))
calls = [lambda: re.compile('a').match('a', 'x'), lambda: re.compile('a').search('a', 1.5),
         lambda: re.sub('a', 'b', 'a', count='x'), lambda: re.split('a', 'a', maxsplit=None),
         lambda: re.compile('a').findall('a', endpos=None), lambda: re.split('a', 5, maxsplit=-1)]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)
for call in [lambda: re.sub('a', 'b', 'aaa', 2 ** 70), lambda: re.compile('a').search('aaa', 2 ** 70)]:
    try:
        print(call())
    except OverflowError as e:
        print('OverflowError:', e)
class Index:
    def __index__(self):
        return 1
print(re.compile('a').search('aaa', Index()), re.sub('a', 'b', 'aaa', Index()))
