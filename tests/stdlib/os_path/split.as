import os.path as p

for s in ['/a/b', '/a/b/', 'a', '', '/', '//', '///a', 'a//b', '/a//b//c']:
    print(repr(s), p.split(s), repr(p.basename(s)), repr(p.dirname(s)))
print(p.splitdrive('/a/b'), p.normcase('/A/b'))
