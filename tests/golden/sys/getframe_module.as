import sys
def where():
    f = sys._getframe(1)
    return f.f_globals['__name__']
print(where(), sys._getframe().f_globals['__name__'])
try:
    sys._getframe(1000)
except ValueError as e:
    print('ValueError:', e)
X = type('X', (), {})
print(X, X.__module__)
X.__module__ = 'elsewhere'
print(X, X.__module__)
class Y:
    pass
Y.__module__ = 'mod'
print(Y, repr(Y()).split(' object')[0])
