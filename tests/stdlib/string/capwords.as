from string import capwords

print(repr(capwords('  hello   wORLD  foo ')), repr(capwords('')), repr(capwords('a-b-c d', '-')))
print(capwords("they're bill's friends"), capwords('x\ty\nz'), capwords('aXb', 'X'))
try:
    capwords(3)
except AttributeError as e:
    print('AttributeError', e)
