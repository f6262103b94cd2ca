import os

root = f'/tmp/aster_os_scandir_{os.getpid()}'
os.makedirs(root + '/sub')
with open(root + '/file.txt', 'w') as f:
    f.write('hello')
os.symlink('sub', root + '/tosub')
with os.scandir(root) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(e, e.name, e.path == os.path.join(root, e.name), e.is_dir(), e.is_file(),
          e.is_symlink(), e.is_dir(follow_symlinks=False))
entry = entries[0]
print(entry.stat().st_size, entry.stat(follow_symlinks=False).st_size, entry.inode() == os.stat(entry.path).st_ino)
print(os.fspath(entry) == entry.path, type(entry).__name__)
here = os.getcwd()
os.chdir(root)
print(sorted(e.path for e in os.scandir()))
os.chdir(here)
try:
    os.scandir(root + '/none')
except FileNotFoundError as e:
    print(str(e).replace(root, 'ROOT'))
os.unlink(root + '/tosub')
os.unlink(root + '/file.txt')
os.rmdir(root + '/sub')
os.rmdir(root)
