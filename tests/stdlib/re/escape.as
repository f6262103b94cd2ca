import re

print(re.escape('www.python.org'))
print(re.escape('a+b*c?(d)[e]{f}|g^h$i\\j'))
print(re.escape('tab\tnew\nspace -#&~'))
print(re.escape('héllo_wörld 123'))
print(re.escape(b'a.b c'))
print(re.match(re.escape('1+1=2?'), '1+1=2?'))
