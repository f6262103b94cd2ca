# remove/unlink, rename/replace, stat and lstat on files of the test's own.
import os

root = f'/tmp/aster_os_files_{os.getpid()}'
os.mkdir(root)
name = root + '/data.txt'
with open(name, 'w') as f:
    f.write('twelve bytes')
st = os.stat(name)
print(type(st).__name__, len(st), st.st_size, st[6], st.st_nlink)
print(st.st_mode & 0o170000 == 0o100000, st.st_mode == st[0])
print(type(st.st_mtime).__name__, type(st[8]).__name__, type(st.st_mtime_ns).__name__)
print(int(st.st_mtime) == st[8], st.st_mtime_ns // 10**9 == st[8])
print(st.st_ino == st[1], st.st_dev == st[2], st.st_uid == st[4], st.st_gid == st[5])
print(repr(st).startswith('os.stat_result(st_mode='), 'st_ctime=' in repr(st))
print(os.stat(root).st_mode & 0o170000 == 0o040000)
os.rename(name, root + '/renamed.txt')
print(os.listdir(root))
with open(root + '/other.txt', 'w') as f:
    f.write('x')
os.replace(root + '/other.txt', root + '/renamed.txt')
print(os.listdir(root), os.path.getsize(root + '/renamed.txt'))
try:
    os.rename(root + '/missing', root + '/new')
except FileNotFoundError as e:
    print(str(e).replace(root, 'ROOT'), e.filename2 == root + '/new')
try:
    os.remove(root)
except IsADirectoryError as e:
    print(str(e).replace(root, 'ROOT'))
os.unlink(root + '/renamed.txt')
try:
    os.remove(root + '/renamed.txt')
except FileNotFoundError as e:
    print(str(e).replace(root, 'ROOT'))
try:
    os.stat(root + '/nothing')
except FileNotFoundError as e:
    print(str(e).replace(root, 'ROOT'))
os.rmdir(root)
for bad in [None, 1.5]:
    try:
        os.stat(bad)
    except TypeError as e:
        print(e)
try:
    os.stat('a\0b')
except ValueError as e:
    print(e)
print(os.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10)).st_size)
