import os

start = os.getcwd()
print(os.path.isabs(start), start == os.path.abspath('.'))
os.chdir('/')
print(os.getcwd())
os.chdir(start)
print(os.getcwd() == start)
for bad in ['/nonexistent-aster-dir', '/dev/null']:
    try:
        os.chdir(bad)
    except OSError as e:
        print(type(e).__name__, e.errno, e)
try:
    os.chdir(None)
except TypeError as e:
    print(e)
try:
    os.getcwd(1)
except TypeError as e:
    print(e)
