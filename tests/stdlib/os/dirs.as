# mkdir, makedirs, listdir, rmdir, removedirs and renames in a directory
# of the test's own.
import os

root = f'/tmp/aster_os_dirs_{os.getpid()}'
os.mkdir(root)
os.makedirs(root + '/a/b/c')
os.makedirs(root + '/a/b/c', exist_ok=True)
os.makedirs(root + '/a/x/', mode=0o755)
print(sorted(os.listdir(root + '/a')), os.listdir(root + '/a/b/c'))
try:
    os.makedirs(root + '/a/b')
except FileExistsError as e:
    print('FileExistsError', e.errno, e.strerror, e.filename == root + '/a/b')
try:
    os.mkdir(root + '/a')
except FileExistsError as e:
    print(str(e).replace(root, 'ROOT'))
try:
    os.mkdir(root + '/missing/child')
except FileNotFoundError as e:
    print(str(e).replace(root, 'ROOT'))
try:
    os.rmdir(root + '/a')
except OSError as e:
    print(type(e).__name__, str(e).replace(root, 'ROOT'))
os.renames(root + '/a/x', root + '/moved/deep/x')
print(sorted(os.listdir(root)), os.listdir(root + '/moved/deep'))
os.removedirs(root + '/a/b/c')
print(sorted(os.listdir(root)))
os.rmdir(root + '/moved/deep/x')
os.removedirs(root + '/moved/deep')
print(os.path.exists(root))
try:
    os.listdir(root)
except FileNotFoundError as e:
    print(str(e).replace(root, 'ROOT'))
try:
    os.listdir('/dev/null')
except NotADirectoryError as e:
    print(e)
print(type(os.listdir()).__name__, os.listdir() == os.listdir('.'))
