import os
from os.path import realpath

root = realpath(f'/tmp/aster_realpath_{os.getpid()}')
os.makedirs(root + '/real/inner')
os.symlink('real', root + '/link')
os.symlink('link/inner', root + '/chain')
os.symlink('loop2', root + '/loop1')
os.symlink('loop1', root + '/loop2')
os.symlink('/', root + '/toroot')
for name in ['link', 'chain', 'link/inner/..', 'chain/../..', 'missing/x', 'loop1', 'loop1/x', 'toroot/tmp', '.']:
    print(name, realpath(root + '/' + name).replace(root, 'ROOT'))
print(realpath('/'), realpath('//'), realpath('/..'))
try:
    realpath(root + '/missing', strict=True)
except FileNotFoundError as e:
    print(str(e).replace(root, 'ROOT'))
try:
    realpath(root + '/loop1', strict=True)
except OSError as e:
    print(type(e).__name__, e.errno)
for n in ['link', 'chain', 'loop1', 'loop2', 'toroot']:
    os.unlink(root + '/' + n)
os.removedirs(root + '/real/inner')
