import os
from os.path import relpath

print(relpath('/a/b/c', '/a'), relpath('/a', '/a/b/c'), relpath('/a/b', '/a/b'), relpath('/x/y', '/a/b'))
print(relpath('a/b', 'a'), relpath('/', '/a'), relpath('/a/b') == relpath('/a/b', os.getcwd()))
for bad in [('',), ('a', 3), (None,)]:
    try:
        relpath(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
