from os.path import commonpath, commonprefix

print(commonprefix(['/usr/lib', '/usr/local']), repr(commonprefix([])), commonprefix(['abc']))
print(commonprefix([[1, 2, 3], [1, 2, 4]]), commonprefix(('interspecies', 'interstellar', 'interstate')))
print(commonpath(['/usr/lib', '/usr/local']), commonpath(['a/b', 'a/c']), commonpath(['/a']), commonpath(['/', '/a']))
print(commonpath(['a/./b', 'a/b/c']), repr(commonpath(['a', 'b'])), commonpath(['//a/b', '/a/c']))
for bad in [[], ['/a', 'a'], [1, 'a']]:
    try:
        commonpath(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(commonpath(p for p in ['/a/b', '/a/c']), commonprefix(('ab', 'ac')))
