import os
from os.path import normpath, abspath

for s in ['', '.', '/', '//', '///', '////a', '//a/b', 'a/./b', 'a/../b', '../a', '../../a/..',
          '/..', '/../a', 'a/b/../../..', 'a//b///c/', './', 'a/.', '/a/b/./../c']:
    print(repr(s), repr(normpath(s)))
cwd = os.getcwd()
print(abspath('x') == cwd + '/x', abspath('/a/../b'), abspath('.') == cwd, abspath('') == cwd)
