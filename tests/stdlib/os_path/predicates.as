# exists, lexists, isfile, isdir, islink, isabs, getsize, getmtime,
# getatime, getctime and samefile.
import os
import os.path as p

root = f'/tmp/aster_ospath_{os.getpid()}'
os.mkdir(root)
f = p.join(root, 'f')
with open(f, 'w') as fh:
    fh.write('12345')
for name in [root, f, p.join(root, 'none'), '']:
    print(p.exists(name), p.lexists(name), p.isfile(name), p.isdir(name), p.islink(name))
print(p.exists('bad\0name'), p.isfile('bad\0name'), p.exists(1))
print(p.isabs('/x'), p.isabs('x'), p.isabs(''), p.isabs('//'))
print(p.getsize(f), type(p.getmtime(f)).__name__, p.getmtime(f) == os.stat(f).st_mtime)
print(p.getatime(f) == os.stat(f).st_atime, p.getctime(f) == os.stat(f).st_ctime)
print(p.samefile(f, root + '/./f'), p.samefile(f, root))
try:
    p.getsize(p.join(root, 'none'))
except FileNotFoundError as e:
    print(str(e).replace(root, 'ROOT'))
os.remove(f)
os.rmdir(root)
for call in (lambda: p.exists(None), lambda: p.isdir(2.5), lambda: p.islink(None), lambda: p.lexists(1),
             lambda: os.lstat(0)):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
print(p.isdir(0) in (True, False), p.exists(0))
