from os import *

print(path.join('a', 'b'), sep, name, getcwd() == path.abspath(curdir))
print('sys' in dir(), 'PathLike' in dir(), callable(walk), callable(makedirs), environ is not None)
