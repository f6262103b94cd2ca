# re.RegexFlag: the flag enum behind re.I, re.M and friends.
import re

print(re.RegexFlag.IGNORECASE is re.I, re.I.value, re.M.value, re.S.value)
flags = re.RegexFlag.IGNORECASE | re.RegexFlag.MULTILINE
print(type(flags).__name__, int(flags), bool(flags & re.M), bool(flags & re.S))
print(re.findall(r'^a', 'A\na', flags))
print(re.compile('x', re.RegexFlag(2)).flags & re.I == re.I)
print(re.RegexFlag.VERBOSE.name, re.RegexFlag(64).name)
print(isinstance(re.DOTALL, re.RegexFlag), isinstance(re.I, int))
try:
    re.RegexFlag['NOPE']
except KeyError as e:
    print('KeyError', e)
