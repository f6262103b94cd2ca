import os

root = f'/tmp/aster_os_walk_{os.getpid()}'
for d in ['a/b', 'a/c', 'd']:
    os.makedirs(os.path.join(root, d))
for f in ['top.txt', 'a/one.txt', 'a/b/two.txt', 'd/three.txt']:
    with open(os.path.join(root, f), 'w') as fh:
        fh.write(f)


def show(walker):
    for top, dirs, files in walker:
        dirs.sort()
        print(os.path.relpath(top, root), dirs, sorted(files))


show(os.walk(root))
print('-- pruned')
for top, dirs, files in os.walk(root):
    dirs.sort()
    if 'a' in dirs:
        dirs.remove('a')
    print(os.path.relpath(top, root), dirs, sorted(files))
print('-- bottom up')
seen = [os.path.relpath(top, root) for top, dirs, files in os.walk(root, topdown=False)]
print(seen.index('a/b') < seen.index('a'), seen.index('a/c') < seen.index('a'), seen[-1])
print(sorted(seen))
errors = []
print(list(os.walk(root + '/missing', onerror=errors.append)), type(errors[0]).__name__)
for top, dirs, files in os.walk(root, topdown=False):
    for f in files:
        os.remove(os.path.join(top, f))
    os.rmdir(top)
print(os.path.exists(root))
