# os.walk and symbolic links: a link to a directory is listed among the
# directories, and entered only with followlinks; a dangling link is a file.
import os

root = f'/tmp/aster_os_walklinks_{os.getpid()}'
os.makedirs(root + '/real/inner')
with open(root + '/real/inner/f', 'w') as fh:
    fh.write('x')
os.symlink('real', root + '/dirlink')
os.symlink('nowhere', root + '/dangling')
os.symlink('real/inner/f', root + '/filelink')


def show(**kw):
    out = []
    for top, dirs, files in os.walk(root, **kw):
        dirs.sort()
        out.append((os.path.relpath(top, root), dirs, sorted(files)))
    print(kw, sorted(out))


show()
show(followlinks=True)
show(topdown=False)
show(topdown=False, followlinks=True)
print(list(os.walk(root + '/filelink')), list(os.walk(root + '/dirlink'))[0][1:])
for name in ['dirlink', 'dangling', 'filelink']:
    os.unlink(os.path.join(root, name))
os.remove(root + '/real/inner/f')
os.removedirs(root + '/real/inner')
print(os.path.exists(root))
