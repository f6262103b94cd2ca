# symlink, readlink, lstat and the link questions of os.path.
import os

root = f'/tmp/aster_os_links_{os.getpid()}'
os.mkdir(root)
with open(root + '/target', 'w') as f:
    f.write('abc')
os.symlink('target', root + '/link')
os.symlink('nowhere', root + '/dangling')
print(os.readlink(root + '/link'))
print(os.path.islink(root + '/link'), os.path.isfile(root + '/link'), os.path.exists(root + '/dangling'))
print(os.path.lexists(root + '/dangling'), os.path.islink(root + '/target'))
print(os.lstat(root + '/link').st_mode & 0o170000 == 0o120000, os.stat(root + '/link').st_size)
print(os.stat(root + '/link', follow_symlinks=False).st_mode & 0o170000 == 0o120000)
print(os.path.realpath(root + '/link') == os.path.realpath(root) + '/target')
try:
    os.readlink(root + '/target')
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.symlink('x', root + '/link')
except FileExistsError as e:
    print(str(e).replace(root, 'ROOT'))
for name in ['link', 'dangling', 'target']:
    os.unlink(root + '/' + name)
os.rmdir(root)
